/**
 * The versioned JSON exchange format of one meeting (docs/exchange-format.md): writing (write.ts,
 * re-exported here) and reading. Reading never trusts the file: size first, then JSON, then its
 * shape (forbidden keys, overlong lists: shape.ts), format and version, the zod schemas part by part
 * (validate.ts), and finally the cross-references. Nothing is written by this module.
 */
import { MAX_REPORTED_ERRORS, shownValue, type ExchangeError } from './errors';
import { EXCHANGE_VERSION, MEETING_FORMAT, READABLE_VERSIONS } from './envelope';
import { checkReferences } from './references';
import type { MeetingFile } from './schemas';
import { checkShape } from './shape';
import { upgradeToCurrent } from './upgrade';
import { validateFile } from './validate';

export type { ExchangeError, ExchangeErrorCode } from './errors';
export type { MeetingFile } from './schemas';
export { exportMeetingJson, type MeetingRecords } from './write';

/** The largest file accepted, in characters (50 MiB). */
export const MAX_EXCHANGE_CHARS = 50 * 1024 * 1024;
export { MAX_REPORTED_ERRORS };
/** The error of a file over the size limit. */
export const TOO_LARGE: ExchangeError = {
  code: 'too-large',
  path: '',
  detail: String(MAX_EXCHANGE_CHARS / 1024 / 1024),
};

export type ExchangeResult = { ok: true; value: MeetingFile } | { ok: false; errors: ExchangeError[] };

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: ExchangeError } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    // V8 says "Unexpected end of JSON input" or "Unterminated string", or names a position at the
    // very end ("Expected ',' or '}' … at position 41"); an empty file is cut off too.
    const position = /position (\d+)/.exec(message)?.[1];
    const atEnd = position !== undefined && Number(position) >= text.trimEnd().length;
    const truncated = text.trim() === '' || atEnd || /end of (JSON )?input|unterminated/i.test(message);
    return { ok: false, error: { code: truncated ? 'truncated-json' : 'invalid-json', path: '' } };
  }
}

function checkEnvelope(raw: unknown): ExchangeError | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { code: 'not-an-object', path: '' };
  const { format, version } = raw as Record<string, unknown>;
  if (format !== MEETING_FORMAT) {
    return { code: 'unknown-format', path: 'format', detail: shownValue(format) };
  }
  if (typeof version === 'number' && READABLE_VERSIONS.includes(version)) return undefined;
  if (version === undefined) return { code: 'missing-field', path: 'version' };
  if (typeof version !== 'number') return { code: 'wrong-type', path: 'version' };
  // Only a later version is one that an update of Tandem could read; 0, -1 or 1.5 are simply wrong.
  if (Number.isInteger(version) && version > EXCHANGE_VERSION) {
    return { code: 'unknown-version', path: 'version', detail: String(version) };
  }
  return { code: 'invalid-value', path: 'version' };
}

const fail = (errors: ExchangeError[]): ExchangeResult => ({
  ok: false,
  errors: errors.slice(0, MAX_REPORTED_ERRORS),
});

/** Reads a meeting file completely: either a checked value or every error found (up to 50). */
export function parseExchange(text: string): ExchangeResult {
  if (text.length > MAX_EXCHANGE_CHARS) {
    return fail([TOO_LARGE]);
  }
  // A byte order mark is no part of the JSON; editors on Windows like to write one.
  const json = parseJson(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!json.ok) return fail([json.error]);
  const shape = checkShape(json.value);
  if (shape.length > 0) return fail(shape);
  const envelope = checkEnvelope(json.value);
  if (envelope) return fail([envelope]);
  // checkEnvelope has made sure that the value is an object of a version this build reads.
  const parsed = validateFile(upgradeToCurrent(json.value as Record<string, unknown>));
  if (!parsed.ok) return fail(parsed.errors);
  const references = checkReferences(parsed.value);
  if (references.length > 0) return fail(references);
  return { ok: true, value: parsed.value };
}
