// Property: any meeting the app can hold survives export → parse → export unchanged (apart from the
// export time), and a copy with fresh ids still passes every check of the format.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withFreshIds } from '../../../renderer/domain/exchange/copy';
import {
  exportMeetingJson,
  parseExchange,
  type MeetingRecords,
} from '../../../renderer/domain/exchange/format';

const text = fc.string({ unit: 'binary', maxLength: 40 });
const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
const instant = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const day = instant.map((value) => value.slice(0, 10));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => [h, m].map((part) => String(part).padStart(2, '0')).join(':'));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const meta = fc.record({ createdAt: instant, updatedAt: instant, deletedAt: maybe(instant) });

/** Drops keys whose value is undefined, as records read from the database have them. */
function defined<T extends object>(record: T): T {
  // Removing undefined-valued keys keeps the type: those keys are optional.
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

const meetingRecords: fc.Arbitrary<MeetingRecords> = fc
  .record({
    meetingId: fc.uuid(),
    personIds: fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 4 }),
    itemIds: fc.uniqueArray(fc.uuid(), { maxLength: 4 }),
    decisionIds: fc.uniqueArray(fc.uuid(), { maxLength: 3 }),
    meta,
    title: name,
    goal: text,
    date: day,
    startTime: time,
    language: fc.constantFrom('en' as const, 'de' as const),
    status: fc.constantFrom('planned' as const, 'running' as const, 'ended' as const),
    groundRules: fc.array(text, { maxLength: 3 }),
    notes: fc.array(text, { minLength: 4, maxLength: 4 }),
    dueDate: maybe(day),
    seriesId: maybe(fc.uuid()),
  })
  .map((g) => {
    const meetingId = g.meetingId;
    const person = (id: string, index: number) => ({
      ...defined(g.meta),
      id,
      name: `${g.title} ${index}`,
      departmentId: index % 2 === 0 ? 'marketing' : 'sales',
      orgUnit: g.goal.slice(0, 10),
      archived: index === 3,
    });
    const owner = g.personIds[0] ?? '';
    return {
      meeting: defined({
        ...defined(g.meta),
        id: meetingId,
        title: g.title,
        goal: g.goal,
        date: g.date,
        startTime: g.startTime,
        durationMinutes: 90,
        location: '',
        language: g.language,
        status: g.status,
        seriesId: g.seriesId,
        groundRules: g.groundRules,
        activeAgendaItemId: g.itemIds[0],
        definitionIds: [],
      }),
      people: g.personIds.map(person),
      attendance: g.personIds.map((personId, index) =>
        defined({
          ...defined(g.meta),
          id: `att-${index}`,
          meetingId,
          personId,
          role: 'participant' as const,
          present: true,
        }),
      ),
      agendaItems: g.itemIds.map((id, index) => ({
        ...defined(g.meta),
        id,
        meetingId,
        position: index + 0.5,
        title: g.title,
        description: g.goal,
        kind: 'discussion' as const,
        presenterIds: g.personIds.slice(0, index),
        timeboxMinutes: 10 * (index + 1),
        status: 'pending' as const,
        spans: [],
        extensions: [],
        notes: g.notes[index] ?? '',
      })),
      conflictPoints: [],
      decisions: g.decisionIds.map((id, index) =>
        defined({
          ...defined(g.meta),
          id,
          meetingId,
          agendaItemId: g.itemIds[index],
          number: index + 1,
          statement: g.notes[index] ?? '',
          rationale: g.goal,
          alternatives: '',
          method: 'consent' as const,
          accountablePersonId: owner,
          responsible: [{ kind: 'person' as const, personId: owner }],
          consulted: [{ kind: 'org-unit' as const, name: g.title }],
          informed: [],
          scope: g.groundRules.map((rule) => rule.slice(0, 20)),
          dueDate: g.dueDate,
          status: 'decided' as const,
          settlesConflictIds: [],
          revisitIf: [],
        }),
      ),
      actionItems: g.decisionIds.map((decisionId, index) =>
        defined({
          ...defined(g.meta),
          id: `act-${index}`,
          meetingId,
          what: g.title,
          ownerPersonId: owner,
          dueDate: g.dueDate,
          status: 'open' as const,
          decisionId,
        }),
      ),
      knowledgeItems: [],
      parkingLot: g.notes.map((note, index) => ({
        ...defined(g.meta),
        id: `park-${index}`,
        meetingId,
        text: note,
        status: 'open' as const,
      })),
      definitions: [],
      speakerTurns: [],
      votes: [],
      roundEntries: [],
      mirrorRounds: [],
      ledgerEntries: g.decisionIds.map((decisionId, index) =>
        defined({
          ...defined(g.meta),
          id: `ledger-${index}`,
          meetingId,
          seriesId: g.seriesId ?? meetingId,
          decisionId,
          title: g.title,
          marketing: defined({
            gives: g.title,
            measure: g.goal,
            target: index * 1.5,
            unit: 'h',
            ownerPersonId: owner,
          }),
          sales: { gives: g.title, measure: '' },
          period: '',
          startDate: g.date,
          reviewDate: g.dueDate,
          status: 'active' as const,
        }),
      ),
      ledgerReviews: g.decisionIds.map((_, index) => ({
        ...defined(g.meta),
        id: `review-${index}`,
        entryId: `ledger-${index}`,
        meetingId,
        marketing: { verdict: 'partly' as const, note: g.notes[index] ?? '', figure: -index },
        sales: { note: '' },
      })),
    };
  });

describe('the JSON round trip', () => {
  it('exports the same text after export → import → export, apart from the export time', () => {
    fc.assert(
      fc.property(meetingRecords, instant, instant, (records, firstTime, secondTime) => {
        const first = exportMeetingJson(records, firstTime);
        const parsed = parseExchange(first);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        const { format: _format, version: _version, exportedAt: _at, ...again } = parsed.value;
        expect(exportMeetingJson(again, secondTime)).toBe(first.replace(firstTime, secondTime));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a copy with fresh ids valid', () => {
    fc.assert(
      fc.property(meetingRecords, (records) => {
        let n = 0;
        const copy = withFreshIds(records, () => `copy-${++n}`);
        const parsed = parseExchange(exportMeetingJson(copy, '2026-12-02T08:00:00.000Z'));
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
