// Fuzz of Import meeting with fast-check over real Dexie (fake-indexeddb): more than a thousand
// hostile files (hostile-files.ts) go through the path the Meetings screen uses — bytes → readMeetingFile
// → planImport/importMeeting. Each is refused with messages from the English and German catalogues and
// the database exactly as before (every table dumped), or accepted because it is valid and then stored
// exactly as the file says. No file may pollute Object.prototype. The seed is fixed, so a run is
// repeatable; a failure prints the recipe to replay it.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeError, MeetingFile } from '../../renderer/domain/exchange/format';
import { readMeetingFile } from '../../renderer/domain/exchange/read-file';
import { OWN_TABLES, type ImportPlan } from '../../renderer/domain/exchange/plan';
import { MEETING_TABLES } from '../../renderer/domain/exchange/schemas';
import type { Language } from '../../renderer/domain/types';
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
    [plan.records.meeting, ...OWN_TABLES.flatMap((table) => plan.records[table])].map((row) => [row.id, row]),
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
