// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseExchange, type MeetingFile } from '../../renderer/domain/exchange/format';
import { ids, nth, sampleMeeting } from '../unit/domain/exchange-fixture';
import { exportMeetingJson } from '../../renderer/domain/exchange/format';
import { dumpDatabase } from './dump';
import { testWorkspace, type TestWorkspace } from './fixtures';

const NOW = '2026-12-02T08:00:00.000Z';
const open: TestWorkspace[] = [];
function workspace(): TestWorkspace {
  const created = testWorkspace();
  open.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((each) => each.close()));
});

function parsed(text: string): MeetingFile {
  const result = parseExchange(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** The export without its time, for comparing two exports. */
const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

/** A meeting made through the app's own write paths, so the export holds records as the app writes them. */
async function realMeeting(source: TestWorkspace): Promise<string> {
  const meeting = await source.meetings.create({
    title: 'Q1 joint strategy',
    date: '2026-12-01',
    startTime: '09:30',
    language: 'de',
  });
  if (!meeting.ok) throw new Error('meeting refused');
  const person = await source.people.create({
    name: 'Ana Ruiz',
    departmentId: 'sales',
    orgUnit: 'Sales Iberia',
    email: '',
  });
  if (!person.ok) throw new Error('person refused');
  const meetingId = meeting.value.id;
  await source.attendance.add(meetingId, person.value.id, 'decision-maker');
  const item = await source.agenda.add(meetingId, {
    title: 'Budget',
    description: '',
    kind: 'decision',
    timeboxMinutes: 30,
    presenterIds: [person.value.id],
  });
  if (!item.ok) throw new Error('agenda item refused');
  const decision = await source.decisions.record(meetingId, {
    statement: 'Split the budget 60/40',
    rationale: '',
    alternatives: '',
    method: 'consent',
    accountablePersonId: person.value.id,
    responsible: [{ kind: 'person', personId: person.value.id }],
    consulted: [],
    informed: [],
    scope: 'Iberia',
    dueDate: '2027-03-01',
    reviewDate: '',
    settlesConflictIds: [],
    supersedesId: '',
    agendaItemId: item.value.id,
    stanceMarketing: 'agree',
    stanceSales: 'agree',
  });
  if (!decision.ok) throw new Error('decision refused');
  return meetingId;
}

describe('exchange repository', () => {
  it('exports a meeting written by the app as a file that passes its own checks', async () => {
    const source = workspace();
    const meetingId = await realMeeting(source);
    const file = parsed(await source.exchange.exportMeeting(meetingId));
    expect(file.meeting.id).toBe(meetingId);
    expect(file.people.map((person) => person.name)).toEqual(['Ana Ruiz']);
    expect(file.decisions.map((decision) => decision.number)).toEqual([1]);
  });

  it.each(['update', 'copy'] as const)(
    'imports into an empty workspace (%s) and exports the same file again, apart from the export time',
    async (mode) => {
      const source = workspace();
      const meetingId = await realMeeting(source);
      const first = await source.exchange.exportMeeting(meetingId);
      const target = workspace();
      expect(await target.exchange.planImport(parsed(first))).toMatchObject({
        added: 4,
        updated: 0,
        remapped: [],
        differing: [],
      });
      const outcome = await target.exchange.importMeeting(parsed(first), mode);
      expect(outcome.renumbered).toEqual([]);
      if (mode === 'update') expect(outcome.meetingId).toBe(meetingId);
      const again = await target.exchange.exportMeeting(outcome.meetingId);
      if (mode === 'update') {
        expect(withoutTime(again)).toBe(withoutTime(first));
      } else {
        // A copy differs only in the ids of the meeting's own records, and its decision is no longer decided.
        const strip = (text: string) =>
          withoutTime(text)
            .replace(/"(id|meetingId|agendaItemId)": "[^"]*"/g, '"$1": ""')
            .replace('"status": "decided"', '"status": "proposed"');
        expect(strip(again)).toBe(strip(first));
        expect(again).not.toBe(first.replace('"status": "decided"', '"status": "proposed"'));
      }
    },
  );

  it('imports the sample meeting as the file has it and reports which records it would update', async () => {
    const target = workspace();
    const text = exportMeetingJson(sampleMeeting(), '2026-12-02T08:00:00.000Z');
    await target.exchange.importMeeting(parsed(text), 'update');
    expect(withoutTime(await target.exchange.exportMeeting(ids.meeting))).toBe(withoutTime(text));
    expect(await target.exchange.planImport(parsed(text))).toMatchObject({
      existing: { title: 'Q1 joint strategy', deleted: false },
      added: 0,
      updated: 16,
      keptHere: 0,
    });
  });

  it('imports a copy next to the original, renumbering its decision after the highest number', async () => {
    const target = workspace();
    const text = exportMeetingJson(sampleMeeting(), '2026-12-02T08:00:00.000Z');
    await target.exchange.importMeeting(parsed(text), 'update');
    const outcome = await target.exchange.importMeeting(parsed(text), 'copy');
    expect(outcome.meetingId).not.toBe(ids.meeting);
    expect(outcome.renumbered).toEqual([{ decisionId: expect.any(String), from: 1, to: 2 }]);
    expect(await target.db.meetings.count()).toBe(2);
    expect(await target.db.people.count()).toBe(2);
    expect((await target.db.decisions.orderBy('number').keys()).sort()).toEqual([1, 2]);
  });

  it('updates the meeting here with the version in the file', async () => {
    const target = workspace();
    const records = sampleMeeting();
    await target.exchange.importMeeting(
      parsed(exportMeetingJson(records, records.meeting.updatedAt)),
      'update',
    );
    records.meeting.title = 'Q1 joint strategy (final)';
    records.agendaItems[0] = { ...nth(records.agendaItems), notes: 'Split 55/45' };
    await target.exchange.importMeeting(
      parsed(exportMeetingJson(records, records.meeting.updatedAt)),
      'update',
    );
    expect((await target.db.meetings.get(ids.meeting))?.title).toBe('Q1 joint strategy (final)');
    expect((await target.db.agendaItems.get(ids.item))?.notes).toBe('Split 55/45');
    expect(await target.db.meetings.count()).toBe(1);
  });

  it.each(['update', 'copy'] as const)(
    'leaves the database exactly as before when a write fails (%s)',
    async (mode) => {
      const target = workspace();
      await realMeeting(target);
      const text = exportMeetingJson(sampleMeeting(), '2026-12-02T08:00:00.000Z');
      const before = await dumpDatabase(target.db);
      // The last-but-one table written fails, after the meeting, people and most records were put.
      vi.spyOn(target.db.parkingLot, 'bulkPut').mockImplementation(() => {
        throw new Error('disk full');
      });
      await expect(target.exchange.importMeeting(parsed(text), mode)).rejects.toThrow('disk full');
      expect(await dumpDatabase(target.db)).toEqual(before);
    },
  );

  it('keeps a later edit of a person here when an older file is imported', async () => {
    const target = workspace();
    const records = sampleMeeting();
    const older = exportMeetingJson(records, NOW);
    await target.db.people.put({
      ...nth(records.people),
      name: 'Anna M.',
      updatedAt: '2026-12-05T10:00:00.000Z',
    });
    await target.exchange.importMeeting(parsed(older), 'update');
    expect((await target.db.people.get(ids.anna))?.name).toBe('Anna M.');
    expect((await target.db.people.get(ids.ben))?.name).toBe('Ben Sales');
  });
});
