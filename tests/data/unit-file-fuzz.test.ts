// Fuzz of the unit response file's import with fast-check over real Dexie: hostile copies of a real
// unit file (values replaced by payloads of every kind, keys removed or added, forbidden keys, lists
// too long, bytes cut off, other encodings) go through the path the Register uses — bytes →
// readUnitFile → importAnswers. Each is refused with messages of both catalogues and the database
// exactly as before, or accepted because it is valid and then changes only that unit's answers.
// No file may pollute Object.prototype. The seed is fixed, so a run is repeatable.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitFileError } from '../../renderer/domain/cascade-file';
import { writeUnitResponseFile } from '../../renderer/domain/cascade-file';
import type { DecisionDraft } from '../../renderer/domain/decisions';
import type { CascadeResponse, Language } from '../../renderer/domain/types';
import { readUnitFileEntries } from '../../renderer/data/queries/cascade';
import { unitFileErrorMessage } from '../../renderer/features/cascade/file-errors';
import { readUnitFile } from '../../renderer/features/cascade/read-unit-file';
import { CATALOGUES } from '../../renderer/i18n/language';
import { LONG_PAYLOAD, SHORT_PAYLOADS } from '../hostile-text';
import { dumpDatabase } from './dump';
import { testWorkspace, type TestWorkspace } from './fixtures';

const SEED = 20_261_206;
const RUNS = 400;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The error sentences of both catalogues a unit file's error may show; `{detail}` ≤ 80 characters. */
function sentences(language: Language): RegExp[] {
  return Object.entries(CATALOGUES[language])
    .filter(([key]) => key.startsWith('exchange.error.') || key.startsWith('cascade.file.error.'))
    .map(([, text]) => {
      const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{detail\\}', '.{0,80}');
      return new RegExp(`^${escaped}$`, 's');
    });
}
const SENTENCES = { en: sentences('en'), de: sentences('de') };

function expectClearMessages(errors: UnitFileError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.length).toBeLessThanOrEqual(50);
  for (const error of errors) {
    expect(error.path.length).toBeLessThan(200);
    for (const language of ['en', 'de'] as const) {
      const message = unitFileErrorMessage(language, error);
      const sentence = message.startsWith(`${error.path}: `) ? message.slice(error.path.length + 2) : message;
      expect(
        SENTENCES[language].some((pattern) => pattern.test(sentence)),
        sentence,
      ).toBe(true);
    }
  }
}

const VALUES: Json[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e300,
  '',
  '2026-02-30',
  'adopt',
  'object',
  'maybe',
  LONG_PAYLOAD,
  [],
  {},
  { __proto__: { polluted: true } } as unknown as Json,
  ...SHORT_PAYLOADS.slice(0, 12),
];

type Mutation =
  | { kind: 'replace'; place: number; value: number }
  | { kind: 'delete'; place: number }
  | { kind: 'add-key'; place: number; key: string }
  | { kind: 'answer'; entry: number; response: 'adopt' | 'adapt' | 'object'; explanation: number }
  | { kind: 'cut'; at: number }
  | { kind: 'utf16' }
  | { kind: 'many-entries' }
  | { kind: 'proto' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), place: fc.nat(200), value: fc.nat(VALUES.length - 1) }),
  fc.record({ kind: fc.constant('delete' as const), place: fc.nat(200) }),
  fc.record({
    kind: fc.constant('add-key' as const),
    place: fc.nat(200),
    key: fc.constantFrom('extra', 'constructor', 'prototype', 'response', 'id'),
  }),
  fc.record({
    kind: fc.constant('answer' as const),
    entry: fc.nat(3),
    response: fc.constantFrom('adopt' as const, 'adapt' as const, 'object' as const),
    explanation: fc.nat(SHORT_PAYLOADS.length),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(2000) }),
  fc.constant({ kind: 'utf16' as const }),
  fc.constant({ kind: 'many-entries' as const }),
  fc.constant({ kind: 'proto' as const }),
);

/** Every place of a JSON value that is inside an object or list: its parent and key. */
function places(value: Json, out: { parent: Json[] | Record<string, Json>; key: string | number }[] = []) {
  if (Array.isArray(value))
    value.forEach((inner, index) => {
      out.push({ parent: value, key: index });
      places(inner, out);
    });
  else if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      out.push({ parent: value, key });
      places(inner, out);
    }
  return out;
}

function build(text: string, change: Mutation): Uint8Array<ArrayBuffer> {
  const encode = (value: string) => new TextEncoder().encode(value) as Uint8Array<ArrayBuffer>;
  const file = JSON.parse(text) as Record<string, Json>;
  const all = places(file);
  switch (change.kind) {
    case 'replace': {
      const place = all[change.place % all.length];
      if (place) (place.parent as Record<string, Json>)[place.key] = VALUES[change.value] ?? null;
      break;
    }
    case 'delete': {
      const place = all[change.place % all.length];
      if (place && Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
      else if (place) Reflect.deleteProperty(place.parent, place.key);
      break;
    }
    case 'add-key': {
      const objects = all.map((place) => place.parent).filter((parent) => !Array.isArray(parent));
      const target = objects[change.place % Math.max(1, objects.length)] ?? file;
      Object.defineProperty(target, change.key, {
        value: 'x',
        enumerable: true,
        writable: true,
        configurable: true,
      });
      break;
    }
    case 'answer': {
      const entries = file.decisions as Record<string, Json>[];
      const entry = entries[change.entry % entries.length];
      if (entry) {
        entry.response = change.response;
        entry.explanation = SHORT_PAYLOADS[change.explanation] ?? '';
      }
      break;
    }
    case 'cut':
      return encode(JSON.stringify(file).slice(0, change.at));
    case 'utf16': {
      const body = JSON.stringify({
        ...file,
        decisions: (file.decisions as Json[]).map((entry) => ({ ...(entry as object), response: 'adopt' })),
      });
      const bytes = new Uint8Array(2 + body.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < body.length; i += 1) {
        const code = body.charCodeAt(i);
        bytes[2 + i * 2] = code & 0xff;
        bytes[3 + i * 2] = code >> 8;
      }
      return bytes as Uint8Array<ArrayBuffer>;
    }
    case 'many-entries':
      file.decisions = Array.from({ length: 10_001 }, () => (file.decisions as Json[])[0] ?? null);
      break;
    case 'proto':
      return encode(JSON.stringify(file).replace('"unit"', '"__proto__":{"polluted":true},"unit"'));
  }
  return encode(JSON.stringify(file));
}

const draft = (patch: Partial<DecisionDraft>): DecisionDraft => ({
  statement: 'One price list for all of Europe',
  rationale: '',
  alternatives: '',
  method: 'consent',
  accountablePersonId: '',
  responsible: [],
  consulted: [],
  informed: [],
  scope: 'Sales Iberia, Sales Nordics',
  dueDate: '',
  reviewDate: '',
  settlesConflictIds: [],
  supersedesId: '',
  agendaItemId: '',
  stanceMarketing: 'agree',
  stanceSales: 'agree',
  ...patch,
});

/** A row as it may change on import: only the answer and when and how it came. */
const withoutAnswer = ({
  response: _r,
  explanation: _e,
  respondedAt: _a,
  source: _s,
  updatedAt: _u,
  ...rest
}: CascadeResponse) => rest;

describe('importing hostile unit response files', () => {
  let workspace: TestWorkspace;
  let text: string;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    workspace = testWorkspace();
    const owner = await workspace.people.create({
      name: 'Clara Weiss',
      departmentId: 'marketing',
      orgUnit: '',
      email: '',
    });
    if (!owner.ok) throw new Error('refused');
    await workspace.decisions.record('m1', draft({ accountablePersonId: owner.value.id }));
    await workspace.decisions.record(
      'm1',
      draft({ accountablePersonId: owner.value.id, statement: 'Lead scoring', scope: 'Sales Iberia' }),
    );
    const entries = await readUnitFileEntries(workspace.db, 'Sales Iberia');
    text = writeUnitResponseFile('Sales Iberia', entries, 'help', '2026-11-27T09:00:00.000Z');
  });
  afterAll(() => workspace.close());

  it('refuses each bad file clearly and unchanged, and writes only the unit’s answers of a valid one', async () => {
    const counts = { refused: 0, accepted: 0 };
    await fc.assert(
      fc.asyncProperty(mutation, async (change) => {
        const before = await dumpDatabase(workspace.db);
        const result = await readUnitFile(workspace.db, new Blob([build(text, change)]));
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (!result.ok) {
          expectClearMessages(result.errors);
          expect(await dumpDatabase(workspace.db)).toEqual(before);
          counts.refused++;
          return;
        }
        const written = await workspace.cascade.importAnswers(result.value.unit, result.value.answers);
        expect(written.ok).toBe(true);
        const after = await workspace.db.cascadeResponses.toArray();
        const previous = before.cascadeResponses as CascadeResponse[];
        expect(after.map(withoutAnswer)).toEqual(previous.map(withoutAnswer));
        for (const row of after) {
          const was = previous.find((candidate) => candidate.id === row.id);
          if (row.unit !== 'Sales Iberia') expect(row).toEqual(was);
        }
        // Put the answers back, so every file meets the same workspace.
        await workspace.db.cascadeResponses.bulkPut(previous);
        counts.accepted++;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(counts.refused).toBeGreaterThan(RUNS / 3);
    expect(counts.accepted).toBeGreaterThan(10);
  }, 300_000);
});
