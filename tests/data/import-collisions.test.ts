// An import creates or updates only records of the meeting it imports (issue 14, parts 2, 3 and 5):
// ids of another meeting get new ones, links out of the file are left out, people and definitions
// change only by the user's choice and never to an older version, and a copy binds nothing twice.
// Real Dexie over fake-indexeddb, a fresh workspace per test.
import { afterEach, describe, expect, it } from 'vitest';
import { renameIds, withFreshIds } from '../../renderer/domain/exchange/copy';
import { exportMeetingJson, parseExchange, type MeetingFile } from '../../renderer/domain/exchange/format';
import type { MeetingRecords } from '../../renderer/domain/exchange/write';
import { meetingTallyKey, TALLIES } from '../../renderer/data/middleware/conflict-tally';
import { ids, nth, sampleMeeting } from '../unit/domain/exchange-fixture';
import { testWorkspace, type TestWorkspace } from './fixtures';

const NOW = '2026-12-02T08:00:00.000Z';
const open: TestWorkspace[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((each) => each.close()));
});

/** A workspace holding the sample meeting ("A"), imported as the file has it. */
async function withMeetingA(): Promise<TestWorkspace> {
  const target = testWorkspace();
  open.push(target);
  await target.exchange.importMeeting(file(sampleMeeting()), 'update');
  return target;
}

function file(records: MeetingRecords): MeetingFile {
  const result = parseExchange(exportMeetingJson(records, NOW));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Another meeting ("B") under fresh ids, except the records named in `reuse`, which take A's ids. */
function meetingB(reuse: (fresh: MeetingRecords) => Map<string, string> = () => new Map()) {
  let n = 0;
  const fresh = withFreshIds(
    sampleMeeting(),
    () => `bbbbbbbb-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  );
  fresh.meeting.title = 'Lead handover';
  return renameIds(fresh, reuse(fresh));
}

/** Every stored row of meeting A, with its conflict tally. */
async function rowsOfA(target: TestWorkspace) {
  const of = (table: string) => target.db.table(table).where('meetingId').equals(ids.meeting).toArray();
  return {
    meeting: await target.db.meetings.get(ids.meeting),
    attendance: await of('attendance'),
    conflictPoints: await of('conflictPoints'),
    decisions: await of('decisions'),
    actionItems: await of('actionItems'),
    tally: await target.db.table(TALLIES).get(meetingTallyKey(ids.meeting)),
  };
}

describe('an import meeting the records of another meeting here', () => {
  const cases = [
    [
      'decision',
      'decisions',
      (b: MeetingRecords) => nth(b.decisions).id,
      ids.decision,
      'D-2 Budget split 60/40',
    ],
    [
      'conflict point',
      'conflictPoints',
      (b: MeetingRecords) => nth(b.conflictPoints).id,
      ids.point,
      'Lead quality is disputed',
    ],
    [
      'attendance row',
      'attendance',
      (b: MeetingRecords) => nth(b.attendance).id,
      nth(sampleMeeting().attendance).id,
      'Anna Marketing',
    ],
    [
      'action item',
      'actionItems',
      (b: MeetingRecords) => nth(b.actionItems).id,
      nth(sampleMeeting().actionItems).id,
      'Draft the brief',
    ],
  ] as const;

  it.each(cases)(
    'gives a new meeting’s %s with an id of another meeting a new id and leaves the other meeting as it was',
    async (_kind, table, ofB, idOfA, label) => {
      const target = await withMeetingA();
      const before = await rowsOfA(target);
      const b = file(meetingB((fresh) => new Map([[ofB(fresh), idOfA]])));
      const plan = await target.exchange.planImport(b);
      // The meeting is not here: the dialog must not say it is.
      expect(plan.existing).toBeUndefined();
      expect(plan.remapped).toEqual([{ table, id: expect.any(String), label }]);
      expect(nth(plan.remapped).id).not.toBe(idOfA);

      await target.exchange.importMeeting(b, 'update');
      expect(await rowsOfA(target)).toEqual(before);
      const idsOfB = await target.db.table(table).where('meetingId').equals(b.meeting.id).primaryKeys();
      expect(idsOfB).toHaveLength(b[table].length);
      expect(idsOfB).not.toContain(idOfA);
      // Links inside B follow the new id.
      if (table === 'decisions') {
        const action = await target.db.actionItems.where('meetingId').equals(b.meeting.id).first();
        expect(action?.decisionId).toBe(nth(idsOfB));
      }
    },
  );

  it('names the meeting here, not the file’s title, when the meeting id is already here', async () => {
    const target = await withMeetingA();
    const records = sampleMeeting();
    records.meeting.title = 'A title from elsewhere';
    const plan = await target.exchange.planImport(file(records));
    expect(plan.existing).toEqual({ title: 'Q1 joint strategy', deleted: false });
    expect(plan.records.meeting.title).toBe('A title from elsewhere');
  });

  it('leaves out a link that supersedes a decision of another meeting, so that decision is not shown superseded', async () => {
    const target = await withMeetingA();
    const b = meetingB();
    nth(b.decisions).supersedesId = ids.decision;
    const plan = await target.exchange.planImport(file(b));
    expect(plan.linksDropped).toEqual([
      { table: 'decisions', id: nth(b.decisions).id, label: 'D-2 Budget split 60/40' },
    ]);
    await target.exchange.importMeeting(file(b), 'update');
    const superseding = await target.db.decisions.where('supersedesId').equals(ids.decision).count();
    expect(superseding).toBe(0);
    expect((await target.db.decisions.get(ids.decision))?.status).toBe('decided');
  });

  it('keeps a link out of the file that the record here already has (restoring a meeting of a series)', async () => {
    const target = await withMeetingA();
    const b = meetingB();
    nth(b.decisions).supersedesId = ids.decision;
    nth(b.decisions).number = 2;
    // As the app would have stored it: B's decision supersedes A's.
    await target.db.decisions.put(nth(b.decisions));
    await target.db.meetings.put(b.meeting);
    const plan = await target.exchange.planImport(file(b));
    expect(plan.linksDropped).toEqual([]);
  });
});

describe('people and definitions, shared by every meeting', () => {
  function renamedEverywhere() {
    const records = sampleMeeting();
    const later = '2026-12-03T10:00:00.000Z';
    records.people[0] = { ...nth(records.people), name: 'Anna Renamed', updatedAt: later };
    records.people[1] = { ...nth(records.people, 1), archived: true, deletedAt: later, updatedAt: later };
    records.definitions[0] = { ...nth(records.definitions), meaning: 'Any lead at all', updatedAt: later };
    return records;
  }

  it('lists people and definitions that differ and changes none of them unless chosen', async () => {
    const target = await withMeetingA();
    const b = file({
      ...meetingB(),
      people: renamedEverywhere().people,
      definitions: renamedEverywhere().definitions,
    });
    const plan = await target.exchange.planImport(b);
    expect(plan.differing.map((d) => [d.kind, d.here.id, d.fileIsOlder])).toEqual([
      ['person', ids.anna, false],
      ['person', ids.ben, false],
      ['definition', ids.definition, false],
    ]);
    await target.exchange.importMeeting(b, 'update');
    expect(await target.db.people.get(ids.anna)).toEqual(nth(sampleMeeting().people));
    expect(await target.db.people.get(ids.ben)).toEqual(nth(sampleMeeting().people, 1));
    expect(await target.db.definitions.get(ids.definition)).toEqual(nth(sampleMeeting().definitions));
  });

  it('takes the file’s version of exactly the records the user chose', async () => {
    const target = await withMeetingA();
    const b = file({
      ...meetingB(),
      people: renamedEverywhere().people,
      definitions: renamedEverywhere().definitions,
    });
    await target.exchange.importMeeting(b, 'update', { takeFile: new Set([ids.anna]) });
    expect((await target.db.people.get(ids.anna))?.name).toBe('Anna Renamed');
    expect((await target.db.people.get(ids.ben))?.archived).toBe(false);
    expect((await target.db.definitions.get(ids.definition))?.meaning).toBe('A lead with budget and need');
  });

  it('never replaces a newer version with an older one written in another precision', async () => {
    const target = await withMeetingA();
    await target.db.people.update(ids.anna, { name: 'Anna Here', updatedAt: '2026-12-03T10:00:07.465Z' });
    const records = sampleMeeting();
    records.people[0] = { ...nth(records.people), name: 'Anna File', updatedAt: '2026-12-03T10:00:07Z' };
    const plan = await target.exchange.planImport(file(records));
    expect(plan.differing).toEqual([expect.objectContaining({ kind: 'person', fileIsOlder: true })]);
    await target.exchange.importMeeting(file(records), 'update', { takeFile: new Set([ids.anna]) });
    expect((await target.db.people.get(ids.anna))?.name).toBe('Anna Here');
  });
});

describe('restoring a backup of a meeting that is here', () => {
  it('previews what restoring in place changes: the meeting comes back, records here stay', async () => {
    const target = await withMeetingA();
    const backup = file(sampleMeeting());
    await target.meetings.softDelete(ids.meeting);
    const added = await target.parkingLot.create(ids.meeting, {
      text: 'Added after the backup',
      agendaItemId: '',
    });
    if (!added.ok) throw new Error('refused');
    const plan = await target.exchange.planImport(backup);
    expect(plan).toMatchObject({ existing: { deleted: true }, updated: 16, added: 0, keptHere: 1 });
    await target.exchange.importMeeting(backup, 'update');
    expect((await target.db.meetings.get(ids.meeting))?.deletedAt).toBeUndefined();
    expect(await target.db.meetings.count()).toBe(1);
    expect(await target.db.decisions.where('status').equals('decided').count()).toBe(1);
  });

  it('makes a copy visibly a copy whose decisions bind nothing a second time', async () => {
    const target = await withMeetingA();
    const records = sampleMeeting();
    nth(records.decisions).supersedesId = 'cccccccc-0000-4000-8000-000000000001';
    const outcome = await target.exchange.importMeeting(file(records), 'copy', {
      copyTitle: (title) => `${title} (copy)`,
    });
    expect((await target.db.meetings.get(outcome.meetingId))?.title).toBe('Q1 joint strategy (copy)');
    const copied = await target.db.decisions.where('meetingId').equals(outcome.meetingId).toArray();
    expect(copied.map((d) => [d.number, d.status, d.supersedesId])).toEqual([[2, 'proposed', undefined]]);
    expect(await target.db.decisions.where('status').equals('decided').count()).toBe(1);
  });
});
