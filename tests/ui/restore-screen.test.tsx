import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand, TandemBridge } from '../../electron/shared/ipc-contract';
import { exportMeetingJson } from '../../renderer/domain/exchange/format';
import { createElectronPlatform } from '../../renderer/platform/electron';
import { createWebPlatform } from '../../renderer/platform/web';
import { createOpfsBackups } from '../../renderer/platform/web-backups';
import { ids, sampleMeeting } from '../unit/domain/exchange-fixture';
import { FakeDirectory } from '../unit/platform/fake-opfs';
import { renderApp } from './render-app';

const NOW = '2026-12-01T11:00:00.000Z';

/** The browser platform over an in-memory Origin Private File System; backups a minute apart. */
function webWithBackups() {
  const dir = new FakeDirectory();
  let minute = 0;
  const backups = createOpfsBackups(
    async () => dir,
    () => new Date(Date.UTC(2026, 11, 1, 10, minute++)),
  );
  return { dir, platform: { ...createWebPlatform(), ...backups } };
}

function meetingJson(title = 'Q1 joint strategy') {
  const records = sampleMeeting();
  records.meeting.title = title;
  return exportMeetingJson(records, NOW);
}

async function openRestore(app: ReturnType<typeof renderApp>) {
  await app.user.click(await screen.findByRole('link', { name: 'Restore from backup' }));
  return screen.findByRole('heading', { level: 1, name: 'Restore' });
}

const rows = () =>
  within(screen.getByRole('table', { name: 'Backups' }))
    .getAllByRole('row')
    .slice(1);

describe('the Restore screen', () => {
  it('says plainly that this browser keeps no backups when it has no private file system', async () => {
    const app = renderApp({ platform: createWebPlatform() });
    await openRestore(app);
    expect(
      await screen.findByText(
        'This browser does not let Tandem keep backups. Export your meetings as JSON to keep copies.',
      ),
    ).toBeTruthy();
    expect(window.location.hash).toBe('#/restore');
  });

  it('says when there are no backups yet', async () => {
    const app = renderApp({ platform: webWithBackups().platform });
    await openRestore(app);
    expect(await screen.findByText('No backups yet. Tandem makes one when a meeting ends.')).toBeTruthy();
  });

  it('lists the backups newest first with meeting, time and size', async () => {
    const { platform } = webWithBackups();
    await platform.writeBackup(meetingJson('Q1 joint strategy'));
    await platform.writeBackup(meetingJson('Lead handover'));
    const app = renderApp({ platform });
    await openRestore(app);
    await screen.findByRole('table', { name: 'Backups' });
    const cells = rows().map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    // The clock is Europe/Berlin or UTC depending on the machine; the minute order is what counts.
    expect(cells.map(([title]) => title)).toEqual(['Lead handover', 'Q1 joint strategy']);
    expect(cells[0]?.[1]).toMatch(/^1 Dec 2026, \d\d:01$/);
    expect(cells[1]?.[1]).toMatch(/^1 Dec 2026, \d\d:00$/);
    expect(cells[0]?.[2]).toMatch(/^\d+(\.\d)? kB$/);
  });

  it('restores a deleted meeting in place after a preview, bringing it back as it was', async () => {
    const { platform } = webWithBackups();
    const app = renderApp({ platform });
    await app.workspace.exchange.importMeeting(JSON.parse(meetingJson()), 'update');
    await platform.writeBackup(await app.workspace.exchange.exportMeeting(ids.meeting));
    await app.workspace.meetings.softDelete(ids.meeting);
    await openRestore(app);
    await app.user.click(await screen.findByRole('button', { name: 'Restore' }));
    const dialog = await screen.findByRole('dialog', { name: 'This meeting is already here' });
    expect(
      within(dialog).getByText('“Q1 joint strategy” was deleted here; updating brings it back.'),
    ).toBeTruthy();
    // Only what happens is listed: sixteen records replaced (the sample's vote, round answers, mirror round, agreement and its review among them), nothing added, nothing here kept aside.
    expect(within(dialog).getByRole('list', { name: 'This meeting is already here' }).textContent).toBe(
      'From the file, 16 records replace their versions here.',
    );
    // Restoring in place is the primary choice; a copy is offered, never the default.
    const restore = within(dialog).getByRole('button', { name: 'Restore in place' });
    expect(restore.className).toContain('primary');
    expect(within(dialog).getByRole('button', { name: 'Import as a copy' }).className).not.toContain(
      'primary',
    );
    await app.user.click(restore);
    expect(await screen.findByRole('heading', { level: 1, name: 'Q1 joint strategy' })).toBeTruthy();
    expect(window.location.hash).toBe(`#/meetings/${ids.meeting}`);
    expect((await app.db.meetings.get(ids.meeting))?.deletedAt).toBeUndefined();
    expect(await app.db.decisions.count()).toBe(1);
  });

  it('restores into an empty workspace without asking', async () => {
    const { platform } = webWithBackups();
    await platform.writeBackup(meetingJson());
    const app = renderApp({ platform });
    await openRestore(app);
    await app.user.click(await screen.findByRole('button', { name: 'Restore' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Q1 joint strategy' })).toBeTruthy();
    expect(await app.db.meetings.count()).toBe(1);
  });

  it('refuses a damaged backup with its problems in German and writes nothing', async () => {
    const { dir, platform } = webWithBackups();
    const written = await platform.writeBackup(meetingJson());
    if (!written.ok) throw new Error(written.error.code);
    dir.files.set(written.value.id, meetingJson().slice(0, 200));
    const app = renderApp({ platform });
    await app.workspace.settings.setLanguage('de');
    await app.user.click(await screen.findByRole('link', { name: 'Aus Sicherung wiederherstellen' }));
    await screen.findByRole('heading', { level: 1, name: 'Wiederherstellen' });
    await app.user.click(await screen.findByRole('button', { name: 'Wiederherstellen' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Diese Datei kann nicht importiert werden',
    });
    expect(within(dialog).getByRole('listitem').textContent).toBe(
      'Die Datei endet zu früh; sie wurde beim Kopieren vielleicht abgeschnitten.',
    );
    expect(await app.db.meetings.count()).toBe(0);
  });

  it('says so when a backup cannot be read, and changes nothing', async () => {
    const { dir, platform } = webWithBackups();
    await platform.writeBackup(meetingJson());
    const app = renderApp({ platform });
    await openRestore(app);
    const restore = await screen.findByRole('button', { name: 'Restore' });
    dir.files.clear();
    await app.user.click(restore);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This backup could not be read. Nothing was changed.',
    );
    expect(await app.db.meetings.count()).toBe(0);
  });
});

describe('Restore in the desktop app', () => {
  it('opens from the File menu and lists what main keeps in the backups folder', async () => {
    const listeners = new Set<(command: MenuCommand) => void>();
    const bridge: TandemBridge = {
      appInfo: vi.fn(),
      saveFile: vi.fn(),
      printToPdf: vi.fn(),
      listDisplays: vi.fn(async () => ({ ok: true as const, value: [] })),
      setLanguage: vi.fn(async () => ({ ok: true as const, value: null })),
      writeBackup: vi.fn(),
      listBackups: vi.fn(async () => ({
        ok: true as const,
        value: [
          {
            id: 'backup-20261201T100000000Z-deadbeef.json',
            createdAt: '2026-12-01T10:00:00.000Z',
            meetingTitle: 'Q1 joint strategy',
            bytes: 12_345,
          },
        ],
      })),
      readBackup: vi.fn(async () => ({ ok: true as const, value: meetingJson() })),
      onMenuCommand(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const app = renderApp({ platform: createElectronPlatform(bridge) });
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    // The app listens to the menu once its effects ran; on a busy machine that may follow the heading.
    await waitFor(() => expect(listeners.size).toBeGreaterThan(0));
    listeners.forEach((listener) => listener('show-restore'));
    await screen.findByRole('heading', { level: 1, name: 'Restore' });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]?.textContent).toContain('12 kB');
    await app.user.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByRole('heading', { level: 1, name: 'Q1 joint strategy' });
    expect(bridge.readBackup).toHaveBeenCalledWith('backup-20261201T100000000Z-deadbeef.json');
  });
});
