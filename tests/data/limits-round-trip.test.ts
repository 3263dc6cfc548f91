// Whatever Tandem can store, it can export, back up, import and restore: a meeting with every field
// at its limit (renderer/domain/limits.ts) over a real Dexie (fake-indexeddb), and what the forms
// refuse one past a limit is never stored.
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../electron/shared/result';
import { exportMeetingJson, parseExchange, type MeetingFile } from '../../renderer/domain/exchange/format';
import { LIMITS } from '../../renderer/domain/limits';
import { takeBackup } from '../../renderer/features/backups/take-backup';
import { emptyDraft } from '../../renderer/features/decisions/labels';
import { ids, MEETING_ID, nth, sampleMeeting } from '../unit/domain/exchange-fixture';
import { meetingAtLimits, textOf } from '../unit/domain/limits-fixture';
import { dumpDatabase } from './dump';
import { testWorkspace, type TestWorkspace } from './fixtures';

const open: TestWorkspace[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((each) => each.close()));
});

function workspace(): TestWorkspace {
  const made = testWorkspace();
  open.push(made);
  return made;
}

/** A file as the import reads it; fails the test when the import would refuse it. */
function read(text: string): MeetingFile {
  const parsed = parseExchange(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return parsed.value;
}

async function holding(records = meetingAtLimits()): Promise<TestWorkspace> {
  const made = workspace();
  await made.exchange.importMeeting(read(exportMeetingJson(records, '2026-12-01T11:00:00.000Z')), 'update');
  return made;
}

/** The backup the app would write of the meeting, as text. */
async function backupOf(from: TestWorkspace): Promise<string> {
  let written = '';
  const outcome = await takeBackup(
    {
      exchange: from.exchange,
      now: () => '2026-12-01T12:00:00.000Z',
      platform: {
        async writeBackup(json) {
          written = json;
          return ok({ id: 'b1', createdAt: '', meetingTitle: null, bytes: json.length });
        },
      },
    },
    MEETING_ID,
    undefined,
  );
  expect(outcome.kind).toBe('saved');
  return written;
}

describe('a meeting with every field at its limit', () => {
  it('is stored as it is and comes back identical from export → import on another machine', async () => {
    const here = await holding();
    const stored = await here.exchange.readMeeting(MEETING_ID);
    expect(stored.agendaItems.map((item) => item.notes.length)).toContain(LIMITS.agendaItem.notes);
    const there = workspace();
    await there.exchange.importMeeting(read(await here.exchange.exportMeeting(MEETING_ID)), 'update');
    expect(await there.exchange.readMeeting(MEETING_ID)).toEqual(stored);
  });

  it('comes back identical from backup → restore, over itself and on a fresh machine', async () => {
    const here = await holding();
    const stored = await here.exchange.readMeeting(MEETING_ID);
    const backup = await backupOf(here);
    await here.exchange.importMeeting(read(backup), 'update');
    expect(await here.exchange.readMeeting(MEETING_ID)).toEqual(stored);
    const fresh = workspace();
    await fresh.exchange.importMeeting(read(backup), 'update');
    expect(await fresh.exchange.readMeeting(MEETING_ID)).toEqual(stored);
  });
});

describe('what the forms store at a limit, and refuse one past it', () => {
  it('notes of 20,000 characters are saved and exported; 25,000 are refused and change nothing', async () => {
    const here = await holding(sampleMeeting());
    const full = textOf('Notiz ', LIMITS.agendaItem.notes);
    expect(await here.agenda.saveNotes(ids.item, full)).toEqual({ ok: true });
    const before = await dumpDatabase(here.db);
    expect(await here.agenda.saveNotes(ids.item, textOf('Notiz ', 25_000))).toEqual({
      ok: false,
      error: 'notes-too-long',
    });
    expect(await dumpDatabase(here.db)).toEqual(before);
    const file = read(await here.exchange.exportMeeting(MEETING_ID));
    expect(nth(file.agendaItems).notes).toBe(full);
  });

  it('200 scope tags are recorded and exported; 201 are refused and change nothing', async () => {
    const here = await holding(sampleMeeting());
    const scope = (count: number) =>
      Array.from({ length: count }, (_, index) => `Region ${index}`).join(', ');
    const recorded = await here.decisions.record(MEETING_ID, {
      ...emptyDraft(undefined),
      statement: 'Regional rollout',
      scope: scope(LIMITS.decision.scopeTags),
    });
    expect(recorded.ok && recorded.value.scope).toHaveLength(LIMITS.decision.scopeTags);
    const before = await dumpDatabase(here.db);
    const refused = await here.decisions.record(MEETING_ID, {
      ...emptyDraft(undefined),
      statement: 'Wider rollout',
      scope: scope(LIMITS.decision.scopeTags + 1),
    });
    expect(refused).toEqual({ ok: false, errors: [{ field: 'scope', code: 'scope-too-many' }] });
    expect(await dumpDatabase(here.db)).toEqual(before);
    expect(read(await here.exchange.exportMeeting(MEETING_ID)).decisions).toHaveLength(2);
  });
});

describe('decision numbers', () => {
  const withNumber = (number: number) => {
    const records = sampleMeeting();
    return { ...records, decisions: [{ ...nth(records.decisions), number }] };
  };

  it('after an imported D-1000000 the next decision is D-1000001, and its export imports again', async () => {
    const here = await holding(withNumber(1_000_000));
    const next = await here.decisions.record(MEETING_ID, {
      ...emptyDraft(undefined),
      statement: 'Follow-up',
    });
    expect(next.ok && next.value.number).toBe(1_000_001);
    const there = workspace();
    await there.exchange.importMeeting(read(await here.exchange.exportMeeting(MEETING_ID)), 'update');
    const numbers = (await there.exchange.readMeeting(MEETING_ID)).decisions.map((d) => d.number);
    expect(numbers.sort()).toEqual([1_000_000, 1_000_001]);
  });

  it('past the highest number a file may hold, a new decision is refused and nothing is written', async () => {
    const here = await holding(withNumber(LIMITS.decision.number.max));
    const before = await dumpDatabase(here.db);
    const refused = await here.decisions.record(MEETING_ID, {
      ...emptyDraft(undefined),
      statement: 'One too many',
    });
    expect(refused).toEqual({ ok: false, refusal: { code: 'register-full' } });
    expect(await dumpDatabase(here.db)).toEqual(before);
  });
});
