// Fuzz of Import meeting with fast-check over real Dexie (fake-indexeddb): more than a thousand
// hostile files (hostile-files.ts) go through the path the Meetings screen uses — bytes → readMeetingFile
// → planImport/importMeeting. Each is refused with messages from the English and German catalogues and
// the database exactly as before (every table dumped), or accepted because it is valid and then stored
// exactly as the file says. No file may pollute Object.prototype. A second property imports valid
// files of another meeting into a workspace that holds one: record ids reused across meetings,
// people and definitions rewritten, their times written in other precisions; the meeting here never
// changes, and a shared record changes only where chosen and never to an older instant. The seeds
// are fixed, so a run is repeatable; a failure prints the recipe to replay it.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeError, MeetingFile } from '../../renderer/domain/exchange/format';
import { readMeetingFile } from '../../renderer/domain/exchange/read-file';
import { OWN_TABLES, type ImportPlan, type OwnTable } from '../../renderer/domain/exchange/plan';
import { MEETING_TABLES } from '../../renderer/domain/exchange/schemas';
import { renameIds, withFreshIds } from '../../renderer/domain/exchange/copy';
import { exportMeetingJson, type MeetingRecords } from '../../renderer/domain/exchange/write';
import type { Language } from '../../renderer/domain/types';
import { ids, nth, sampleMeeting } from '../unit/domain/exchange-fixture';
import { CATALOGUES } from '../../renderer/i18n/language';
import { exchangeErrorMessage } from '../../renderer/i18n/exchange-errors';
import { dumpDatabase } from './dump';
import { testWorkspace, type TestWorkspace } from './fixtures';
import { buildFile, EXTREMES, recipe, type Recipe } from './hostile-files';

const SEED = 20_261_128;
const RUNS = 1_250;

/** The error sentences of a catalogue as patterns; `{detail}` stands for a value of at most 80 characters. */
function sentences(language: Language): RegExp[] {
  return Object.entries(CATALOGUES[language])
    .filter(([key]) => key.startsWith('exchange.error.'))
    .map(([, text]) => {
      const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{detail\\}', '.{0,80}');
      return new RegExp(`^${escaped}$`, 's');
    });
}
const SENTENCES = { en: sentences('en'), de: sentences('de') };

/** The message without its place (`meeting.date: …`), which names keys of the file, not words. */
function sentenceOf(language: Language, error: ExchangeError): string {
  const message = exchangeErrorMessage(language, error);
  return error.path === '' ? message : message.slice(error.path.length + 2);
}

function expectClearMessages(errors: ExchangeError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.length).toBeLessThanOrEqual(50);
  for (const error of errors) {
    // A place is a short path of the file, never a dump of it.
    expect(error.path.length).toBeLessThan(200);
    const en = sentenceOf('en', error);
    const de = sentenceOf('de', error);
    expect(
      SENTENCES.en.some((sentence) => sentence.test(en)),
      en,
    ).toBe(true);
    expect(
      SENTENCES.de.some((sentence) => sentence.test(de)),
      de,
    ).toBe(true);
    expect(de).not.toBe(en);
  }
}

/**
 * Every record of the file is stored exactly as the file has it, except links out of the file,
 * which the plan leaves out and names (domain/exchange/plan.ts).
 */
async function expectStored(target: TestWorkspace, file: MeetingFile, plan: ImportPlan): Promise<void> {
  const dropped = new Set(plan.linksDropped.map((note) => note.id));
  const asPlanned = new Map<string, unknown>(
    [
      plan.records.meeting,
      ...OWN_TABLES.flatMap((table): readonly { id: string }[] => plan.records[table]),
    ].map((row) => [row.id, row]),
  );
  const expected = (row: { id: string }) => (dropped.has(row.id) ? asPlanned.get(row.id) : row);
  expect(await target.db.meetings.get(file.meeting.id)).toEqual(expected(file.meeting));
  for (const table of MEETING_TABLES) {
    const rows = file[table] as readonly { id: string }[];
    const stored = await target.db.table(table).bulkGet(rows.map((row) => row.id));
    expect(stored, table).toEqual(rows.map(expected));
  }
}

describe('importing hostile files', () => {
  let seeded: TestWorkspace;
  let before: Record<string, unknown[]>;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    // A workspace holding a meeting, so "unchanged" compares real rows, not an empty database.
    seeded = testWorkspace();
    const meeting = await seeded.meetings.create({
      title: 'Existing meeting',
      date: '2026-12-01',
      startTime: '09:30',
      language: 'en',
    });
    if (!meeting.ok) throw new Error('meeting refused');
    await seeded.agenda.add(meeting.value.id, {
      title: 'Budget',
      description: '',
      kind: 'decision',
      timeboxMinutes: 30,
      presenterIds: [],
    });
    before = await dumpDatabase(seeded.db);
  });
  afterAll(() => seeded.close());

  it('refuses each bad file clearly and unchanged, and stores each valid one exactly', async () => {
    const counts = { refused: 0, accepted: 0 };
    await fc.assert(
      fc.asyncProperty(recipe, async (r: Recipe) => {
        const built = buildFile(r);
        const result = await readMeetingFile(new Blob([built.bytes]));
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (!result.ok) {
          expect(built.expect, 'a valid file was refused').not.toBe('accept');
          expectClearMessages(result.errors);
          expect(await dumpDatabase(seeded.db)).toEqual(before);
          counts.refused++;
          return;
        }
        expect(built.expect, 'a bad file was accepted').not.toBe('refuse');
        const target = testWorkspace();
        try {
          const plan = await target.exchange.planImport(result.value);
          expect(plan).toMatchObject({ updated: 0, keptHere: 0, remapped: [], differing: [] });
          await target.exchange.importMeeting(result.value, 'update');
          await expectStored(target, result.value, plan);
        } finally {
          await target.close();
        }
        counts.accepted++;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true, examples: EXTREMES.map((extreme) => [extreme]) },
    );
    // The mix really is hostile: at least a thousand of the files were bad and refused.
    expect(counts.refused).toBeGreaterThanOrEqual(1_000);
    expect(counts.accepted).toBeGreaterThan(0);
  }, 120_000);
});

const NOW = '2026-12-02T08:00:00.000Z';

/** The shared records' time here, in milliseconds, and the file's times around it in two precisions. */
const HERE_AT = '2026-12-03T10:00:07.465Z';
const FILE_AT = {
  older: '2026-12-03T10:00:07Z',
  olderMs: '2026-12-03T10:00:07.000Z',
  same: HERE_AT,
  newer: '2026-12-03T10:00:08Z',
  newerMs: '2026-12-03T10:00:07.466Z',
} as const;
const OLDER = new Set<string>([FILE_AT.older, FILE_AT.olderMs]);

const OWN_IDS = OWN_TABLES.flatMap((table) =>
  sampleMeeting()[table].map((_, index) => [table, index] as const),
);
const sharedEdit = fc.record({
  rewrite: fc.boolean(),
  archive: fc.boolean(),
  delete: fc.boolean(),
  at: fc.constantFrom(...(Object.keys(FILE_AT) as (keyof typeof FILE_AT)[])),
  take: fc.boolean(),
});
const collision = fc.record({
  reuse: fc.subarray(OWN_IDS),
  anna: sharedEdit,
  ben: sharedEdit,
  definition: sharedEdit,
  supersedeHere: fc.boolean(),
});
type Collision = typeof collision extends fc.Arbitrary<infer T> ? T : never;
type Edit = Collision['anna'];

function edited<T extends { updatedAt: string; deletedAt?: string }>(
  record: T,
  edit: Edit,
  rewrite: Partial<T>,
): T {
  return {
    ...record,
    ...(edit.rewrite ? rewrite : {}),
    ...(edit.archive && 'archived' in record ? { archived: true } : {}),
    ...(edit.delete ? { deletedAt: FILE_AT[edit.at] } : {}),
    updatedAt: FILE_AT[edit.at],
  };
}

/** Another meeting under fresh ids, reusing the ids of meeting A that the recipe names. */
function otherMeeting(r: Collision) {
  let n = 0;
  const fresh = withFreshIds(
    sampleMeeting(),
    () => `bbbbbbbb-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  );
  const a = sampleMeeting();
  const idOf = (records: MeetingRecords, table: OwnTable, index: number) =>
    nth<{ id: string }>(records[table], index).id;
  const b = renameIds(
    fresh,
    new Map(r.reuse.map(([table, index]) => [idOf(fresh, table, index), idOf(a, table, index)])),
  );
  b.meeting.title = 'Lead handover';
  if (r.supersedeHere) nth(b.decisions).supersedesId = ids.decision;
  b.people = [
    edited(nth(b.people), r.anna, { name: 'Anna Renamed' }),
    edited(nth(b.people, 1), r.ben, { orgUnit: 'Sales Nordics' }),
  ];
  b.definitions = [edited(nth(b.definitions), r.definition, { meaning: 'Any lead at all' })];
  return b;
}

describe('importing another meeting into a workspace that holds one', () => {
  it('never changes the meeting here, and changes shared records only where chosen and newer', async () => {
    await fc.assert(
      fc.asyncProperty(collision, async (r) => {
        const target = testWorkspace();
        try {
          const a = sampleMeeting();
          a.people = a.people.map((person) => ({ ...person, updatedAt: HERE_AT }));
          a.definitions = a.definitions.map((definition) => ({ ...definition, updatedAt: HERE_AT }));
          await target.exchange.importMeeting(JSON.parse(exportMeetingJson(a, NOW)), 'update');
          const ofA = async () => {
            const rows: Record<string, unknown[]> = { meeting: [await target.db.meetings.get(ids.meeting)] };
            for (const table of OWN_TABLES) {
              rows[table] = await target.db.table(table).where('meetingId').equals(ids.meeting).toArray();
            }
            return rows;
          };
          const before = await ofA();
          const b = otherMeeting(r);
          const parsed = await readMeetingFile(new Blob([exportMeetingJson(b, NOW)]));
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
          const plan = await target.exchange.planImport(parsed.value);
          expect(plan.existing).toBeUndefined();
          expect(plan.remapped).toHaveLength(r.reuse.length);
          const edits = { [ids.anna]: r.anna, [ids.ben]: r.ben, [ids.definition]: r.definition };
          const takeFile = new Set(Object.entries(edits).flatMap(([id, edit]) => (edit.take ? [id] : [])));
          await target.exchange.importMeeting(parsed.value, 'update', { takeFile });

          expect(await ofA()).toEqual(before);
          for (const table of OWN_TABLES) {
            const stored = await target.db.table(table).where('meetingId').equals(b.meeting.id).count();
            expect(stored, table).toBe(b[table].length);
          }
          expect(await target.db.decisions.where('supersedesId').equals(ids.decision).count()).toBe(0);
          const shared = [
            [ids.anna, nth(a.people), nth(b.people), target.db.people] as const,
            [ids.ben, nth(a.people, 1), nth(b.people, 1), target.db.people] as const,
            [ids.definition, nth(a.definitions), nth(b.definitions), target.db.definitions] as const,
          ];
          for (const [id, here, file, table] of shared) {
            const edit = edits[id];
            // A version that differs only in its time is no difference, and nothing is written.
            const differs =
              JSON.stringify({ ...file, updatedAt: '' }) !== JSON.stringify({ ...here, updatedAt: '' });
            const taken = differs && edit?.take === true && !OLDER.has(file.updatedAt);
            expect(await table.get(id), id).toEqual(taken ? file : here);
          }
        } finally {
          await target.close();
        }
      }),
      { seed: SEED + 1, numRuns: 150, endOnFailure: true },
    );
  }, 120_000);
});
