// A backup of a meeting as the run screen takes it, over a real Dexie (fake-indexeddb).
import { afterEach, describe, expect, it } from 'vitest';
import { err, ok } from '../../electron/shared/result';
import { exportMeetingJson, parseExchange } from '../../renderer/domain/exchange/format';
import { takeBackup, type BackupDeps } from '../../renderer/features/backups/take-backup';
import { ids, sampleMeeting } from '../unit/domain/exchange-fixture';
import { testWorkspace, type TestWorkspace } from './fixtures';

const open: TestWorkspace[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((each) => each.close()));
});

async function meetingIn(workspace: TestWorkspace) {
  const text = exportMeetingJson(sampleMeeting(), '2026-12-01T11:00:00.000Z');
  await workspace.exchange.importMeeting(JSON.parse(text), 'update');
  return ids.meeting;
}

function setUp(answer: 'ok' | 'unavailable' | 'write-failed' = 'ok') {
  const workspace = testWorkspace();
  open.push(workspace);
  const written: string[] = [];
  const deps: BackupDeps = {
    exchange: workspace.exchange,
    now: () => '2026-12-01T10:00:00.000Z',
    platform: {
      async writeBackup(json) {
        if (answer !== 'ok') return err({ code: answer });
        written.push(json);
        return ok({ id: `b${written.length}`, createdAt: '', meetingTitle: null, bytes: json.length });
      },
    },
  };
  return { workspace, deps, written };
}

describe('taking a backup', () => {
  it('writes the whole meeting as a valid exchange file', async () => {
    const { workspace, deps, written } = setUp();
    const meetingId = await meetingIn(workspace);
    const outcome = await takeBackup(deps, meetingId, undefined);
    expect(outcome.kind).toBe('saved');
    const file = parseExchange(written[0] ?? '');
    expect(file.ok && file.value.meeting.title).toBe('Q1 joint strategy');
    expect(file.ok && file.value.exportedAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('writes nothing when nothing changed since the last backup, and again after a change', async () => {
    const { workspace, deps, written } = setUp();
    const meetingId = await meetingIn(workspace);
    const first = await takeBackup(deps, meetingId, undefined);
    if (first.kind !== 'saved') throw new Error(first.kind);
    expect(await takeBackup(deps, meetingId, first.fingerprint)).toEqual({ kind: 'unchanged' });
    expect(written).toHaveLength(1);
    workspace.advance(1);
    await workspace.meetings.rename(meetingId, 'Q1 joint strategy (final)');
    expect((await takeBackup(deps, meetingId, first.fingerprint)).kind).toBe('saved');
    expect(written).toHaveLength(2);
  });

  it.each([
    ['unavailable', 'unavailable'],
    ['write-failed', 'failed'],
  ] as const)('reports %s from the shell as %s, without throwing', async (answer, kind) => {
    const { workspace, deps } = setUp(answer);
    const meetingId = await meetingIn(workspace);
    expect(await takeBackup(deps, meetingId, undefined)).toEqual({ kind });
  });

  it('reports a meeting that cannot be read as failed, without throwing', async () => {
    const { deps } = setUp();
    expect(await takeBackup(deps, 'no-such-meeting', undefined)).toEqual({ kind: 'failed' });
  });
});
