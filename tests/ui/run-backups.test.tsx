import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseExchange } from '../../renderer/domain/exchange/format';
import type { Workspace } from '../../renderer/data/workspace';
import { err, ok } from '../../electron/shared/result';
import type { Platform } from '../../renderer/platform';
import { createWebPlatform } from '../../renderer/platform/web';
import { useBackupsState } from '../../renderer/state/backups';
import { LIVE_BACKUP_INTERVAL_MS } from '../../renderer/features/backups/backup-scheduler';
import { renderApp } from './render-app';
import { freshWorkspace } from './render-with-providers';
import { meeting, seedRunningMeeting } from './run-panel-fixture';

// The fixture's meeting id is the same in every test; what the session remembers about it is not.
afterEach(() => {
  vi.restoreAllMocks();
  useBackupsState.setState({ meetings: {} });
});

/** The browser platform with a backup store that records what it was given, or fails. */
function recordingPlatform(fail = false) {
  const written: string[] = [];
  const platform: Platform = {
    ...createWebPlatform(),
    async writeBackup(json) {
      if (fail) return err({ code: 'write-failed', detail: 'disk full' });
      written.push(json);
      return ok({
        id: 'backup-20261201T100000000Z-deadbeef.json',
        createdAt: new Date().toISOString(),
        meetingTitle: 'Q1 joint strategy',
        bytes: json.length,
      });
    },
  };
  return { platform, written };
}

/** The run screen of the fixture's running meeting. */
async function runningMeeting(workspace: Workspace) {
  await seedRunningMeeting(workspace);
  window.location.hash = `#/meetings/${meeting.id}/run`;
  await screen.findByRole('heading', { level: 2, name: 'Lead hand-over' });
  return meeting.id;
}

async function endMeeting(app: ReturnType<typeof renderApp>) {
  await app.user.click(screen.getByRole('button', { name: /^End meeting/ }));
  const confirm = await screen.findByRole('alertdialog', { name: 'End meeting?' });
  await app.user.click(within(confirm).getByRole('button', { name: 'End meeting' }));
  await screen.findByRole('region', { name: 'Summary' });
}

describe('automatic backups on the run screen', () => {
  it('keep a backup every three minutes while the meeting runs, only when something changed', async () => {
    // The three-minute interval is caught rather than waited for; every other timer stays real.
    const ticks: (() => void)[] = [];
    const realSetInterval = globalThis.setInterval;
    vi.spyOn(globalThis, 'setInterval').mockImplementation(((handler: () => void, ms?: number) => {
      if (ms !== LIVE_BACKUP_INTERVAL_MS) return realSetInterval(handler, ms);
      ticks.push(handler);
      return 0;
    }) as typeof setInterval); // the spy needs the overloaded type of setInterval itself
    const tickUntil = (check: () => void) =>
      waitFor(() => {
        ticks.forEach((tick) => tick());
        check();
      });
    const { platform, written } = recordingPlatform();
    const workspace = freshWorkspace();
    const read = workspace.exchange.readMeeting;
    let reads = 0;
    workspace.exchange = {
      ...workspace.exchange,
      readMeeting: (meetingId) => read(meetingId).finally(() => reads++),
    };
    const app = renderApp({ platform, workspace });
    await runningMeeting(app.workspace);
    await waitFor(() => expect(ticks).toHaveLength(1));
    expect(written).toHaveLength(0);
    await tickUntil(() => expect(written).toHaveLength(1));
    expect(await screen.findByText(/^Backup saved at \d\d:\d\d\.$/)).toBeTruthy();
    const readsSoFar = reads;
    await tickUntil(() => expect(reads).toBeGreaterThan(readsSoFar));
    expect(written).toHaveLength(1);
    await app.workspace.agenda.saveNotes('a2', 'Sales Iberia needs the lead scores weekly');
    await tickUntil(() => expect(written).toHaveLength(2));
    const file = parseExchange(written[1] ?? '');
    expect(file.ok && file.value.agendaItems.find((item) => item.id === 'a2')?.notes).toBe(
      'Sales Iberia needs the lead scores weekly',
    );
  });

  it('keep a backup of the meeting, as it ended, when it ends', async () => {
    const { platform, written } = recordingPlatform();
    const app = renderApp({ platform });
    const meetingId = await runningMeeting(app.workspace);
    expect(written).toHaveLength(0);
    await endMeeting(app);
    expect(await screen.findByText(/^Backup saved at \d\d:\d\d\.$/)).toBeTruthy();
    expect(written).toHaveLength(1);
    const file = parseExchange(written[0] ?? '');
    if (!file.ok) throw new Error('the backup must be a valid meeting file');
    expect(file.value.meeting).toMatchObject({ id: meetingId, status: 'ended' });
    expect(file.value.agendaItems.map((item) => item.title).sort()).toEqual([
      'Lead hand-over',
      'Market update',
    ]);
  });

  it('show a quiet notice when the backup fails, and the meeting ends all the same', async () => {
    const { platform } = recordingPlatform(true);
    const app = renderApp({ platform });
    const meetingId = await runningMeeting(app.workspace);
    await endMeeting(app);
    const notice = await screen.findByText(
      'The automatic backup failed. The meeting itself is saved; export it to keep a copy.',
    );
    expect(notice.getAttribute('role')).toBe('status');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await app.db.meetings.get(meetingId))?.status).toBe('ended');
  });

  it('say nothing on the run screen where the browser keeps no backups', async () => {
    const web = createWebPlatform();
    const answers: unknown[] = [];
    const platform: Platform = {
      ...web,
      async writeBackup(json) {
        const answer = await web.writeBackup(json);
        answers.push(answer);
        return answer;
      },
    };
    const app = renderApp({ platform });
    await runningMeeting(app.workspace);
    await endMeeting(app);
    await waitFor(() => expect(answers).toEqual([{ ok: false, error: { code: 'unavailable' } }]));
    expect(screen.queryByText(/backup/i)).toBeNull();
  });
});
