/**
 * Hostile meeting files for the import fuzz test. Each is a recipe — small data that fast-check can
 * print and shrink — which `buildFile` turns into the file's bytes and what the import must do with
 * them: `refuse` (the change breaks the format), `accept` (it keeps the file valid) or `either` (it
 * may do both, e.g. deleting an optional field or changing an id). The recipes start from the complete
 * sample meeting and break it in one way each.
 */
import fc from 'fast-check';
import { exportMeetingJson, MAX_EXCHANGE_CHARS } from '../../renderer/domain/exchange/format';
import { MEETING_TABLES } from '../../renderer/domain/exchange/schemas';
import { LIMITS } from '../../renderer/domain/limits';
import { SHORT_PAYLOADS, LONG_PAYLOAD } from '../hostile-text';
import { sampleMeeting } from '../unit/domain/exchange-fixture';

export type Expectation = 'refuse' | 'accept' | 'either';
export interface HostileFile {
  bytes: Uint8Array<ArrayBuffer>;
  expect: Expectation;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;
interface Place {
  path: Key[];
  value: Json;
}

const SAMPLE_TEXT = exportMeetingJson(sampleMeeting(), '2026-12-02T08:00:00.000Z');
const sample = () => JSON.parse(SAMPLE_TEXT) as Record<string, Json>;

function places(value: Json, path: Key[] = [], out: Place[] = []): Place[] {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((inner, index) => places(inner, [...path, index], out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) places(inner, [...path, key], out);
  }
  return out;
}

const isObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const lastKey = (place: Place) => place.path.at(-1);

const PLACES = places(sample());
const LEAVES = PLACES.filter((place) => place.value === null || typeof place.value !== 'object');
const OBJECTS = PLACES.filter((place) => isObject(place.value));
const FIELDS = PLACES.filter((place) => typeof lastKey(place) === 'string');
const DATE_KEYS = new Set([
  ...['date', 'dueDate', 'reviewDate', 'startTime', 'createdAt', 'updatedAt', 'deletedAt'],
  ...['startedAt', 'pausedAt', 'endedAt', 'actualStart', 'actualEnd', 'start', 'end', 'raisedAt'],
  'exportedAt',
]);
const DATES = LEAVES.filter((place) => DATE_KEYS.has(String(lastKey(place))));
const NUMBERS = LEAVES.filter((place) => typeof place.value === 'number');
/** Free-text fields and their limits, per table (renderer/domain/limits.ts). */
const TEXT_LIMITS: Record<string, Record<string, number>> = {
  meeting: { title: LIMITS.meeting.title, goal: LIMITS.meeting.goal, location: LIMITS.meeting.location },
  people: { name: LIMITS.person.name, orgUnit: LIMITS.person.orgUnit },
  agendaItems: {
    title: LIMITS.agendaItem.title,
    description: LIMITS.agendaItem.description,
    notes: LIMITS.agendaItem.notes,
  },
  conflictPoints: {
    statement: LIMITS.conflictPoint.statement,
    positionMarketing: LIMITS.conflictPoint.position,
    positionSales: LIMITS.conflictPoint.position,
    resolution: LIMITS.conflictPoint.resolution,
  },
  decisions: {
    statement: LIMITS.decision.statement,
    rationale: LIMITS.decision.text,
    alternatives: LIMITS.decision.text,
    name: LIMITS.person.orgUnit,
  },
  actionItems: { what: LIMITS.actionItem.what },
  knowledgeItems: {
    text: LIMITS.knowledgeItem.text,
    topic: LIMITS.knowledgeItem.topic,
    answer: LIMITS.knowledgeItem.answer,
  },
  parkingLot: { text: LIMITS.parkingLot.text },
  definitions: { term: LIMITS.definition.term, meaning: LIMITS.definition.meaning },
};
const textLimit = (place: Place) => TEXT_LIMITS[String(place.path[0])]?.[String(lastKey(place))];
const TEXTS = LEAVES.filter((place) => textLimit(place) !== undefined);
/** Fields a record may lack (docs/exchange-format.md); every other field is required. */
const OPTIONAL = new Set([
  ...['deletedAt', 'email', 'seriesId', 'previousMeetingId', 'templateId', 'startedAt', 'pausedAt'],
  ...['endedAt', 'activeAgendaItemId', 'actualStart', 'actualEnd', 'carriedFromId', 'agendaItemId'],
  ...['category', 'raisedByDepartmentId', 'raisedByPersonId', 'reframedAsId', 'reframedFromId'],
  ...['decisionId', 'accountablePersonId', 'dueDate', 'reviewDate', 'supersedesId', 'stanceMarketing'],
  ...['stanceSales', 'ownerPersonId', 'channel', 'broughtByDepartmentId', 'actionItemId'],
  ...['agreedInMeetingId', 'end', 'closedAt', 'word', 'mood', 'worthTime', 'heard', 'conflictPointId'],
  ...['salesConfirms', 'marketingConfirms', 'askedByPersonId'],
  // Agreements (issue 17): a side's target and unit, a review's verdict and figure.
  ...['target', 'unit', 'verdict', 'figure'],
  // Files of version 1 have no extensions; an agenda item without them has none.
  'extensions',
]);
const KNOWN_KEYS = new Set([...FIELDS.map((place) => String(lastKey(place))), ...OPTIONAL]);

const kindOf = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const at = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

/** Marks a place whose raw text is spliced in after JSON.stringify (numbers JSON cannot build, nesting). */
const RAW = '\u0000raw\u0000';

/** The object or list holding the value at `path` in `root`. */
function parentOf(root: Json, path: Key[]): Record<Key, Json> {
  // The paths come from places() of the same sample, so every step exists.
  return path.slice(0, -1).reduce((node, key) => (node as Record<Key, Json>)[key] as Json, root) as Record<
    Key,
    Json
  >;
}

/** The sample with the value at `place` set to `value`. */
function edited(place: Place, value: Json): Record<string, Json> {
  const root = sample();
  const key = lastKey(place);
  if (key === undefined) throw new Error('the root has no parent');
  // defineProperty, so a key like __proto__ becomes an own field as JSON.parse would make it.
  Object.defineProperty(parentOf(root, place.path), key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return root;
}

function withRaw(place: Place | 'root', raw: string): string {
  const text = place === 'root' ? JSON.stringify(RAW) : JSON.stringify(edited(place, RAW));
  return text.replace(JSON.stringify(RAW), () => raw);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (text: string | Uint8Array<ArrayBuffer>, expect: Expectation): HostileFile => ({
  bytes: typeof text === 'string' ? utf8(text) : text,
  expect,
});
const json = (root: Json, expect: Expectation) => file(JSON.stringify(root), expect);

function utf16(text: string, bigEndian: boolean): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes.set(bigEndian ? [high, low] : [low, high], 2 + i * 2);
  }
  return bytes;
}

const jsonValue: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
const index = fc.nat();
const oddKey = fc.oneof(
  fc.constantFrom('toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'then'),
  fc.constantFrom('length', '<script>alert(1)</script>', '\u202Eevil', 'a\u200Bb', '', ' ', 'id ', 'ID'),
  fc.constant('k'.repeat(100_000)),
  fc.string({ maxLength: 30 }),
);
const BAD_DATES = [
  ...['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-12-32', '2026-1-5'],
  ...['26-01-05', '2026/01/05', '0000-00-00', '1899-12-31', '3000-01-01', ' 2026-01-05', '２０２６-01-01'],
  ...['25:61', '24:00', '9:30', '09:60', '09:30:00', '-1:00', '0930', '２３:００', ''],
  ...['2026-02-30T10:00:00.000Z', '2026-12-01T25:61:00.000Z', '2026-12-01T10:00:00.000'],
  ...['2026-12-01T10:00:00+01:00', '2026-12-01T24:00:00Z', '2026-12-01T10:00:60Z', 'yesterday'],
];
const badDate = fc.oneof(
  fc.constantFrom(...BAD_DATES),
  fc
    .record({ year: fc.integer({ min: 1900, max: 2999 }), day: fc.integer({ min: 29, max: 31 }) })
    .filter(({ year, day }) => day > 29 || year % 4 !== 0)
    .map(({ year, day }) => `${year}-02-${day}`),
  fc
    .tuple(fc.integer({ min: 24, max: 99 }), fc.integer({ min: 0, max: 99 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
);

export type Recipe =
  | { kind: 'retype'; at: number; value: Json }
  | { kind: 'drop'; at: number }
  | { kind: 'forbidden'; at: number; key: '__proto__' | 'constructor' | 'prototype' }
  | { kind: 'extra-key'; at: number; key: string }
  | { kind: 'bad-date'; at: number; value: string }
  | { kind: 'version'; value: Json }
  | { kind: 'format'; value: Json }
  | { kind: 'number'; at: number; raw: string }
  | { kind: 'reference'; at: number; id: string }
  | { kind: 'duplicate'; table: number }
  | { kind: 'hostile-text'; at: number; text: string }
  | { kind: 'truncate'; fraction: number }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'text'; text: string }
  | { kind: 'whole'; value: Json }
  | { kind: 'blank'; text: string }
  | { kind: 'bom'; variant: 'utf8' | 'utf16le' | 'utf16be' | 'utf8-twice' | 'utf8-cut' | 'utf16-no-mark' }
  | { kind: 'deep'; levels: number; container: 'array' | 'object'; at: number | 'root' }
  | { kind: 'huge-string'; chars: number; where: 'goal' | 'key' | 'version' | 'format' }
  | { kind: 'huge-array'; table: 'agendaItems' | 'people' | 'spans' | 'groundRules'; count: number };

/** Strings of megabytes and lists of 100,000 are rare in the random mix; the 50 MB and million cases are among the extremes. */
export const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 15, arbitrary: fc.record({ kind: fc.constant('retype'), at: index, value: jsonValue }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('drop'), at: index }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('forbidden'),
      at: index,
      key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
    }),
  },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('extra-key'), at: index, key: oddKey }) },
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('bad-date'), at: index, value: badDate }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('version'), value: jsonValue }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('format'), value: jsonValue }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('number'),
      at: index,
      raw: fc.constantFrom('1e999', '-1e999', '1.5', '-1', '9007199254740993', '1e308', '-0', '0', '2'),
    }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('reference'), at: index, id: fc.uuid() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('duplicate'), table: index }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('hostile-text'),
      at: index,
      text: fc.oneof(fc.constantFrom(...SHORT_PAYLOADS, LONG_PAYLOAD), fc.string({ unit: 'grapheme' })),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('truncate'),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('bytes'), bytes: fc.uint8Array({ maxLength: 512 }) }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('text'), text: fc.string({ unit: 'binary' }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('whole'), value: jsonValue }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('blank'),
      text: fc.constantFrom('', ' ', '\n', '\t\r\n', '\u00A0', 'null', '0', '""', '[]', '{}', 'true'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('bom'),
      variant: fc.constantFrom('utf8', 'utf16le', 'utf16be', 'utf8-twice', 'utf8-cut', 'utf16-no-mark'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('deep'),
      levels: fc.constantFrom(20, 10_000, 100_000),
      container: fc.constantFrom('array', 'object'),
      at: fc.oneof(index, fc.constant('root')),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('huge-string'),
      // The 50 MB strings are among the extremes; in the mix they would only repeat them, slowly.
      chars: fc.constantFrom(20_001, 1_000_000, 5_000_000),
      where: fc.constantFrom('goal', 'key', 'version', 'format'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('huge-array'),
      table: fc.constantFrom('agendaItems', 'people', 'spans', 'groundRules'),
      count: fc.constantFrom(10_001, 100_000),
    }),
  },
) as fc.Arbitrary<Recipe>;

const DEEP = { array: ['[', ']'], object: ['{"a":', '}'] } as const;
const HUGE_ARRAY_PLACES = {
  agendaItems: ['agendaItems'],
  people: ['people'],
  spans: ['agendaItems', 0, 'spans'],
  groundRules: ['meeting', 'groundRules'],
} as const;

/** The bytes of a recipe's file and what the import must do with it. */
export function buildFile(r: Recipe): HostileFile {
  switch (r.kind) {
    case 'retype': {
      const place = at(LEAVES, r.at);
      return json(edited(place, r.value), kindOf(r.value) === kindOf(place.value) ? 'either' : 'refuse');
    }
    case 'drop': {
      const place = at(FIELDS, r.at);
      const root = sample();
      const key = String(lastKey(place));
      Reflect.deleteProperty(parentOf(root, place.path), key);
      // A speaker turn may lack its start; a time span may not.
      const optional = OPTIONAL.has(key) || (key === 'start' && !place.path.includes('spans'));
      return json(root, optional ? 'either' : 'refuse');
    }
    case 'forbidden':
      return json(
        edited({ path: [...at(OBJECTS, r.at).path, r.key], value: null }, { polluted: true }),
        'refuse',
      );
    case 'extra-key':
      return json(
        edited({ path: [...at(OBJECTS, r.at).path, r.key], value: null }, 'x'),
        KNOWN_KEYS.has(r.key) ? 'either' : 'refuse',
      );
    case 'bad-date':
      return json(edited(at(DATES, r.at), r.value), 'refuse');
    case 'version':
      return json(
        edited({ path: ['version'], value: 2 }, r.value),
        r.value === 1 || r.value === 2 ? 'accept' : 'refuse',
      );
    case 'format':
      return json(
        edited({ path: ['format'], value: '' }, r.value),
        r.value === 'tandem.meeting' ? 'accept' : 'refuse',
      );
    case 'number':
      return file(withRaw(at(NUMBERS, r.at), r.raw), Number.isFinite(Number(r.raw)) ? 'either' : 'refuse');
    case 'reference': {
      const ids = LEAVES.filter((place) =>
        /Ids?$|^id$/.test(String(place.path.findLast((k) => typeof k === 'string'))),
      );
      return json(edited(at(ids, r.at), r.id), 'either');
    }
    case 'duplicate': {
      const root = sample();
      const rows = root[at(MEETING_TABLES, r.table)] as Json[];
      rows.push(rows[0] ?? null);
      return json(root, 'refuse');
    }
    case 'hostile-text': {
      const place = at(TEXTS, r.at);
      const limit = textLimit(place) ?? 0;
      const fits =
        r.text.length <= limit && (r.text !== '' || !['title', 'name'].includes(String(lastKey(place))));
      return json(edited(place, r.text), fits ? 'accept' : 'refuse');
    }
    case 'truncate':
      return file(SAMPLE_TEXT.slice(0, Math.floor(r.fraction * SAMPLE_TEXT.lastIndexOf('}'))), 'refuse');
    case 'bytes':
      return file(new Uint8Array(r.bytes), 'refuse');
    case 'text':
      return file(r.text, 'refuse');
    case 'whole':
      return json(r.value, 'refuse');
    case 'blank':
      return file(r.text, 'refuse');
    case 'bom':
      return bomFile(r.variant);
    case 'deep': {
      const [open, close] = DEEP[r.container];
      const raw = open.repeat(r.levels) + (r.container === 'object' ? '0' : '') + close.repeat(r.levels);
      return file(withRaw(r.at === 'root' ? 'root' : at(LEAVES, r.at), raw), 'refuse');
    }
    case 'huge-string':
      return hugeString(r.chars, r.where);
    case 'huge-array': {
      const items = Array.from({ length: r.count }, () => '"x"').join(',');
      return file(withRaw({ path: [...HUGE_ARRAY_PLACES[r.table]], value: null }, `[${items}]`), 'refuse');
    }
  }
}

function bomFile(variant: Extract<Recipe, { kind: 'bom' }>['variant']): HostileFile {
  const mark = new Uint8Array([0xef, 0xbb, 0xbf]);
  const join = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
    const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    parts.reduce((offset, part) => (out.set(part, offset), offset + part.length), 0);
    return out;
  };
  switch (variant) {
    case 'utf8':
      return file(join(mark, utf8(SAMPLE_TEXT)), 'accept');
    case 'utf16le':
      return file(utf16(SAMPLE_TEXT, false), 'accept');
    case 'utf16be':
      return file(utf16(SAMPLE_TEXT, true), 'accept');
    case 'utf8-twice':
      return file(join(mark, mark, utf8(SAMPLE_TEXT)), 'either');
    case 'utf8-cut':
      return file(join(mark, utf8(SAMPLE_TEXT.slice(0, 200))), 'refuse');
    case 'utf16-no-mark':
      return file(utf16(SAMPLE_TEXT, false).slice(2), 'refuse');
  }
}

function hugeString(chars: number, where: Extract<Recipe, { kind: 'huge-string' }>['where']): HostileFile {
  const big = 'x'.repeat(chars);
  switch (where) {
    case 'goal':
      return json(edited({ path: ['meeting', 'goal'], value: '' }, big), 'refuse');
    case 'key':
      return json(edited({ path: ['meeting', big], value: null }, 1), 'refuse');
    case 'version':
      return json(edited({ path: ['version'], value: 1 }, big), 'refuse');
    case 'format':
      return json(edited({ path: ['format'], value: '' }, big), 'refuse');
  }
}

/** The extremes the issue names, run every time whatever the random mix holds. */
export const EXTREMES: Recipe[] = [
  { kind: 'huge-string', chars: MAX_EXCHANGE_CHARS + 1, where: 'goal' },
  { kind: 'huge-string', chars: MAX_EXCHANGE_CHARS - 10_000, where: 'goal' },
  { kind: 'huge-string', chars: 1_000_000, where: 'key' },
  { kind: 'huge-string', chars: MAX_EXCHANGE_CHARS + 1, where: 'version' },
  { kind: 'deep', levels: 10_000, container: 'array', at: 0 },
  { kind: 'deep', levels: 10_000, container: 'object', at: 'root' },
  { kind: 'huge-array', table: 'agendaItems', count: 1_000_000 },
  { kind: 'huge-array', table: 'spans', count: 100_000 },
  { kind: 'forbidden', at: 0, key: '__proto__' },
  { kind: 'bom', variant: 'utf8' },
  { kind: 'bom', variant: 'utf16le' },
  { kind: 'blank', text: '' },
  { kind: 'truncate', fraction: 0.5 },
  { kind: 'bad-date', at: 0, value: '2026-02-30' },
  { kind: 'bad-date', at: 0, value: '25:61' },
  { kind: 'version', value: 2 },
];
