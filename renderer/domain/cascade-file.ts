/**
 * The unit response file (issue 17, cascade to local units): Tandem writes one small JSON file per
 * organisation unit, listing the decisions that ask the unit for a response; the unit's owner fills
 * in `response` ("adopt", "adapt" or "object") and `explanation` (how it adapts, why it objects) and
 * sends it back. Reading it trusts nothing, as the meeting file's reader does (exchange/format.ts):
 * size, JSON, shape (forbidden keys, overlong lists), format and version, a strict zod schema with
 * the app's limits, duplicates, then the references against this workspace (the unit is asked here,
 * each decision exists and asks it). Any error refuses the whole file; nothing is written here.
 */
import { z } from 'zod';
import { fileNamePart, safeFileName } from '../../electron/shared/file-name';
import { CASCADE_KINDS, unitKey, type CascadeAnswerDraft, type UnitFileDecision } from './cascade';
import {
  fromZodIssues,
  MAX_REPORTED_ERRORS,
  shownText,
  shownValue,
  type ExchangeError,
} from './exchange/errors';
import { calendarDateSchema, idSchema, timestampSchema } from './exchange/schemas';
import { checkShape } from './exchange/shape';
import { LIMITS } from './limits';
import type { CalendarDate, CascadeResponse, CascadeResponseKind, Id, Timestamp } from './types';

export const UNIT_RESPONSE_FORMAT = 'tandem.unit-response';
export const UNIT_RESPONSE_VERSION = 1;
/** The largest unit response file read, in characters (1 MiB: thousands of decisions). */
export const MAX_UNIT_FILE_CHARS = 1024 * 1024;

const STATEMENT_MAX = 2000;
const NAME_MAX = 200;

const entrySchema = z.strictObject({
  decisionId: idSchema,
  /** What the unit reads; not imported back. */
  number: z.int().min(1).max(999_999_999),
  statement: z.string().max(STATEMENT_MAX),
  rationale: z.string().max(STATEMENT_MAX),
  dueDate: calendarDateSchema.nullable(),
  owner: z.string().max(NAME_MAX).nullable(),
  /** What the unit fills in. */
  response: z.enum(CASCADE_KINDS as [CascadeResponseKind, ...CascadeResponseKind[]]).nullable(),
  explanation: z.string().max(LIMITS.cascade.explanation),
});

export const unitResponseFileSchema = z.strictObject({
  format: z.literal(UNIT_RESPONSE_FORMAT),
  version: z.literal(UNIT_RESPONSE_VERSION),
  unit: z.string().min(1).max(NAME_MAX),
  exportedAt: timestampSchema,
  help: z.string().max(STATEMENT_MAX),
  decisions: z.array(entrySchema).max(10_000),
});

export type UnitResponseFile = z.infer<typeof unitResponseFileSchema>;
export type UnitResponseEntry = z.infer<typeof entrySchema>;

/** What only a unit response file can get wrong, besides the meeting file's errors. */
export type UnitFileErrorCode =
  | 'unit-not-asked'
  | 'decision-not-asking'
  | 'no-answers'
  | 'not-a-unit-file'
  /** The workspace changed between the check and the write; nothing was written. */
  | 'changed';
export type UnitFileError = ExchangeError | { code: UnitFileErrorCode; path: string; detail?: string };

/** The file for one unit: the decisions asking it, by number, with the answers recorded so far. */
export function writeUnitResponseFile(
  unit: string,
  entries: readonly UnitFileDecision[],
  help: string,
  now: Timestamp,
): string {
  const file: UnitResponseFile = {
    format: UNIT_RESPONSE_FORMAT,
    version: UNIT_RESPONSE_VERSION,
    unit,
    exportedAt: now,
    help: help.slice(0, STATEMENT_MAX),
    decisions: [...entries]
      .sort((a, b) => a.decision.number - b.decision.number)
      .map(({ decision, row, ownerName }) => ({
        decisionId: decision.id,
        number: decision.number,
        statement: decision.statement.slice(0, STATEMENT_MAX),
        rationale: decision.rationale.slice(0, STATEMENT_MAX),
        dueDate: row.dueDate ?? null,
        owner: ownerName?.slice(0, NAME_MAX) ?? null,
        response: row.response ?? null,
        explanation: row.explanation,
      })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type UnitFileRead = { ok: true; value: UnitResponseFile } | { ok: false; errors: UnitFileError[] };

const fail = (errors: UnitFileError[]): UnitFileRead => ({
  ok: false,
  errors: errors.slice(0, MAX_REPORTED_ERRORS),
});

/** Reads a unit response file's text: everything that can be checked without the workspace. */
export function parseUnitResponseFile(text: string): UnitFileRead {
  if (text.length > MAX_UNIT_FILE_CHARS)
    return fail([{ code: 'too-large', path: '', detail: String(MAX_UNIT_FILE_CHARS / 1024 / 1024) }]);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const truncated = body.trim() === '' || /end of (JSON )?input|unterminated/i.test(message);
    return fail([{ code: truncated ? 'truncated-json' : 'invalid-json', path: '' }]);
  }
  const shape = checkShape(raw);
  if (shape.length > 0) return fail(shape);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return fail([{ code: 'not-a-unit-file', path: '' }]);
  const { format, version } = raw as Record<string, unknown>;
  if (format !== UNIT_RESPONSE_FORMAT)
    return fail([{ code: 'not-a-unit-file', path: 'format', detail: shownValue(format) }]);
  if (typeof version === 'number' && Number.isInteger(version) && version > UNIT_RESPONSE_VERSION)
    return fail([{ code: 'unknown-version', path: 'version', detail: String(version) }]);
  const parsed = unitResponseFileSchema.safeParse(raw);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, raw));
  const errors: UnitFileError[] = [];
  const seen = new Set<Id>();
  parsed.data.decisions.forEach((entry, index) => {
    if (seen.has(entry.decisionId))
      errors.push({
        code: 'duplicate-id',
        path: `decisions[${index}].decisionId`,
        detail: shownText(entry.decisionId),
      });
    seen.add(entry.decisionId);
    if ((entry.response === 'adapt' || entry.response === 'object') && entry.explanation.trim() === '')
      errors.push({ code: 'empty', path: `decisions[${index}].explanation` });
  });
  if (errors.length === 0 && !parsed.data.decisions.some((entry) => entry.response !== null))
    errors.push({ code: 'no-answers', path: '' });
  if (errors.length > 0) return fail(errors);
  return { ok: true, value: parsed.data };
}

/** The answers of a checked file. */
export interface UnitFileAnswers {
  unit: string;
  answers: { decisionId: Id; draft: CascadeAnswerDraft }[];
}

/**
 * Checks a read file against this workspace: the unit must be one some decision asks here (as
 * stored, whatever its case), and every answered decision must ask it. `rows`: the live rows.
 */
export function checkUnitFileReferences(
  file: UnitResponseFile,
  rows: readonly CascadeResponse[],
): { ok: true; value: UnitFileAnswers } | { ok: false; errors: UnitFileError[] } {
  const key = unitKey(file.unit);
  const ofUnit = rows.filter((row) => row.deletedAt === undefined && unitKey(row.unit) === key);
  if (ofUnit.length === 0)
    return { ok: false, errors: [{ code: 'unit-not-asked', path: 'unit', detail: shownText(file.unit) }] };
  const asked = new Map(ofUnit.map((row) => [row.decisionId, row]));
  const errors: UnitFileError[] = [];
  const answers: UnitFileAnswers['answers'] = [];
  file.decisions.forEach((entry, index) => {
    if (entry.response === null) return;
    if (!asked.has(entry.decisionId)) {
      errors.push({
        code: 'decision-not-asking',
        path: `decisions[${index}].decisionId`,
        detail: `D-${entry.number}`,
      });
      return;
    }
    answers.push({
      decisionId: entry.decisionId,
      draft: { response: entry.response, explanation: entry.explanation },
    });
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
  return { ok: true, value: { unit: ofUnit[0]?.unit ?? file.unit, answers } };
}

/** The suggested name of a unit's file, e.g. `Sales Iberia-2026-11-27.tandem-unit.json`, safe everywhere. */
export function unitFileName(unit: string, date: CalendarDate): string {
  return safeFileName(`${fileNamePart(unit, 80)}-${date}`, 'tandem-unit.json', `unit-${date}`);
}
