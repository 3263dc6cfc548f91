/**
 * A full disk in real Chromium: the DevTools protocol shrinks the storage quota of the app's origin
 * (`Storage.overrideQuotaForOrigin`), so IndexedDB refuses the next write exactly as on a full disk
 * (the commit aborts with QuotaExceededError). Chromium applies a new quota only to IndexedDB opened
 * afresh, after the origin's earlier connections have been idle for a moment, so the app is left for
 * a blank page (a few seconds each time) until a probe write in the origin is refused.
 * The warning appears, what was typed stays in the form, the export still works, and once the quota
 * is back the next save goes through and the warning goes away.
 */
import type { CDPSession, Page } from '@playwright/test';
import { startLiveMeeting } from './support/live-meeting';
import { expect, test } from './support/tandem-test';

const WARNING = 'Tandem could not save your last change.';
/** Reopening under the quota reloads the app every few seconds, which a busy machine makes slow. */
const REOPEN_LIMIT = 90_000;

async function setQuota(cdp: CDPSession, origin: string, quotaSize?: number) {
  await cdp.send(
    'Storage.overrideQuotaForOrigin',
    quotaSize === undefined ? { origin } : { origin, quotaSize },
  );
}

/** True when a write to a scratch database of the page's origin is refused. */
function probeRefused(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('tandem-quota-probe');
        request.onupgradeneeded = () => request.result.createObjectStore('probe');
        request.onerror = () => resolve(true);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('probe', 'readwrite');
          transaction.objectStore('probe').put('x'.repeat(1024), 'probe');
          transaction.oncomplete = () => (db.close(), resolve(false));
          transaction.onabort = () => (db.close(), resolve(true));
        };
      }),
  );
}

/** Reopens `url` until the origin's IndexedDB runs under the tiny quota, waiting on a blank page. */
async function reopenUnderQuota(page: Page, url: string) {
  await page.goto('about:blank');
  await expect
    .poll(
      async () => {
        await page.goto(url);
        if (await probeRefused(page)) return true;
        await page.goto('about:blank');
        return false;
      },
      { timeout: REOPEN_LIMIT, intervals: [3_000] },
    )
    .toBe(true);
}

test('a full disk shows the warning, keeps the typed text, and the next save after freeing space works', async ({
  app,
  baseURL,
}) => {
  // The usual limit, plus the reopening under quota, which may take all of its own.
  test.setTimeout(test.info().timeout + REOPEN_LIMIT);
  const page = app.page;
  const origin = new URL(baseURL ?? '').origin;
  await startLiveMeeting(page, 'Full disk');
  const runUrl = page.url();
  const cdp = await page.context().newCDPSession(page);
  await setQuota(cdp, origin, 1);
  try {
    await reopenUnderQuota(page, runUrl);
    await page.getByRole('button', { name: 'Add action item', exact: true }).click();
    const what = page.getByRole('textbox', { name: 'What' });
    await what.fill('Send the new discount table to all regions');
    await what.press('Enter');
    const warning = page.getByRole('alert', { name: WARNING });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('The storage for Tandem is full.');
    await expect(what).toHaveValue('Send the new discount table to all regions');

    // A point typed into the Log point dialog is kept there too.
    await page.keyboard.press('Alt+L');
    const dialog = page.getByRole('dialog', { name: 'Log point' });
    const statement = dialog.getByRole('textbox', { name: 'Statement' });
    await statement.fill('Discount bands differ between regions');
    await statement.press('Alt+1');
    await statement.press('Enter');
    await expect(dialog.getByRole('alert').filter({ hasText: 'What you typed is still here' })).toBeVisible();
    await expect(statement).toHaveValue('Discount bands differ between regions');
    // The page behind the modal dialog is inert; the warning shows (and works) inside the dialog.
    await expect(dialog.getByRole('alert', { name: WARNING })).toBeVisible();

    // The export only reads, so it works while nothing can be written.
    const download = page.waitForEvent('download');
    await warning.getByRole('button', { name: 'Export meeting (JSON)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^Full disk-\d{4}-\d{2}-\d{2}\.tandem\.json$/);

    await setQuota(cdp, origin);
    await statement.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(warning).toBeHidden();
    await what.press('Enter');
    const actions = page.getByRole('list', { name: 'Action items' });
    await expect(actions.getByText('Send the new discount table to all regions')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Whole meeting' }).check();
    await expect(
      page.getByRole('list', { name: 'Conflict points' }).getByText('Discount bands differ between regions'),
    ).toHaveCount(1);

    // Both survive a restart: they were really written.
    const restarted = await app.restart();
    await restarted.goto(runUrl);
    await expect(restarted.getByText('Send the new discount table to all regions')).toBeVisible();
  } finally {
    await setQuota(cdp, origin).catch(() => undefined);
  }
});
