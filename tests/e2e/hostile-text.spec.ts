/**
 * The HTML minutes of meetings whose every text field holds a script or markup payload
 * (tests/hostile-text.ts), opened in real Chromium with JavaScript enabled: no payload runs — none
 * sets its window flag or logs its marker, none opens a dialog — and no element of a payload is in
 * the page, while its text is shown. The check is made twice: on the file as exported, and on the
 * file with its Content-Security-Policy removed, so the escaping alone is proved safe and not only
 * the policy. A control page with the same payloads unescaped shows that the probes do catch a run.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildMinutes } from '../../renderer/domain/minutes/build';
import { minutesToHtml } from '../../renderer/domain/minutes/html';
import { hostile, PWNED_FLAG, PWNED_LOG, SCRIPT_PAYLOADS, SHORT_PAYLOADS } from '../hostile-text';
import { minutesSnapshot, NOW, TIME_ZONE } from '../unit/domain/minutes-fixture';

test.use({ javaScriptEnabled: true });

const INJECTED = 'script, img, svg, iframe, object, embed, a, details, textarea, form, input, link, base';

/** Everything a payload could do that a page shows: its flag, its log line, a dialog. */
async function watch(page: Page) {
  const seen: string[] = [];
  page.on('console', (message) => seen.push(message.text()));
  page.on('dialog', (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return {
    runs: async () => ({
      flag: await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], PWNED_FLAG),
      logs: seen.filter((line) => line.includes(PWNED_LOG) || line.startsWith('dialog:')),
    }),
  };
}

/** Lets load-time handlers (onerror, onload, ontoggle) fire: two frames after the load event. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

test('the probes catch a payload that runs: the same payloads unescaped do run', async ({ page }) => {
  const probes = await watch(page);
  await page.setContent(`<!doctype html><body>${SCRIPT_PAYLOADS.join('\n')}</body>`);
  await page.waitForFunction((name) => name in window, PWNED_FLAG);
  await expect.poll(async () => (await probes.runs()).logs.length).toBeGreaterThan(0);
});

for (const language of ['en', 'de'] as const) {
  for (const policy of ['as exported', 'without its Content-Security-Policy'] as const) {
    test(`the HTML minutes (${language}, ${policy}) run no payload and show it as text`, async ({ page }) => {
      const probes = await watch(page);
      // One meeting per payload offset, so every text field meets every payload.
      for (let offset = 0; offset < SHORT_PAYLOADS.length; offset++) {
        const minutes = buildMinutes(hostile(minutesSnapshot(), offset), {
          language,
          now: NOW,
          timeZone: TIME_ZONE,
          anonymousRelationship: false,
        });
        let html = minutesToHtml(minutes);
        if (policy !== 'as exported') {
          html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
          expect(html).not.toContain('Content-Security-Policy');
        }
        await page.setContent(html, { waitUntil: 'load' });
        await settle(page);
        expect(await probes.runs()).toEqual({ flag: undefined, logs: [] });
        expect(await page.locator(INJECTED).count()).toBe(0);
        await expect(page.locator('h1')).toContainText(minutes.title.split(/\r\n|\r|\n/)[0]?.trim() ?? '');
      }
      const body = (await page.locator('body').textContent()) ?? '';
      expect(body).toContain(`window.${PWNED_FLAG}=`);
    });
  }
}
