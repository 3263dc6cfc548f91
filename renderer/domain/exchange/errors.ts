/**
 * What can be wrong with an exchange file, as data: a code the UI translates and the path of the
 * offending value (e.g. `agendaItems[2].title`). Zod's issues are mapped to these codes here so the
 * messages stay ours, in both languages, and tests can compare exact codes.
 */
import type { z } from 'zod';

export type ExchangeErrorCode =
  | 'too-large'
  | 'invalid-json'
  | 'truncated-json'
  | 'not-an-object'
  | 'unknown-format'
  | 'unknown-version'
  | 'forbidden-key'
  | 'wrong-type'
  | 'missing-field'
  | 'unknown-field'
  | 'invalid-value'
  | 'invalid-date'
  | 'invalid-timestamp'
  | 'invalid-time'
  | 'empty'
  | 'too-long'
  | 'out-of-range'
  | 'duplicate-id'
  | 'duplicate-number'
  | 'duplicate-attendance'
  | 'duplicate-answer'
  | 'invalid-vote-option'
  | 'wrong-meeting'
  | 'dangling-reference';

export interface ExchangeError {
  code: ExchangeErrorCode;
  /** Where in the file: `meeting.date`, `decisions[0].number`; empty for the whole file. */
  path: string;
  /** A value worth showing: the unknown version, the missing id, the size limit. */
  detail?: string;
}

/** At most this many errors are reported; a broken file does not need ten thousand lines. */
export const MAX_REPORTED_ERRORS = 50;
/** Keys and values from a file are cut to this many characters when an error names them. */
export const MAX_SHOWN_CHARS = 40;

type PathKey = PropertyKey;

/**
 * A value from the file as an error may show it: cut short, with invisible and direction-changing
 * characters (zero-width, right-to-left override, controls) written as `\u202e`, so the message
 * reads as it is meant to and no file can make it longer than a line.
 */
export function shownText(value: string): string {
  const cut = value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
  return cut.replace(/\p{C}/gu, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** Any value from the file as an error may show it: text as `shownText`, a list or object by its kind. */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return shownText(value);
  if (Array.isArray(value)) return '[…]';
  return value !== null && typeof value === 'object' ? '{…}' : String(value);
}

function pathKey(key: PathKey, first: boolean): string {
  if (typeof key === 'number') return `[${key}]`;
  const name = String(key);
  if (/^[A-Za-z_$][\w$]*$/.test(name) && name.length <= MAX_SHOWN_CHARS) return first ? name : `.${name}`;
  // A key that is no plain name (spaces, quotes, markup, invisible characters) is shown quoted.
  return `["${shownText(name.replace(/["\\]/g, (char) => `\\${char}`))}"]`;
}

/** `['agendaItems', 2, 'title']` → `agendaItems[2].title`; an odd key → `meeting["a b"]`. */
export function formatPath(path: readonly PathKey[]): string {
  return path.map((key, index) => pathKey(key, index === 0)).join('');
}

function lookup(root: unknown, path: readonly PathKey[]): { found: boolean } {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      return { found: false };
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: true };
}

function codeOf(issue: z.core.$ZodIssue, raw: unknown): ExchangeErrorCode {
  // Whatever zod says about an absent value (wrong type, not in the enum), the field is missing.
  if (issue.code !== 'unrecognized_keys' && !lookup(raw, issue.path).found) return 'missing-field';
  switch (issue.code) {
    case 'invalid_type':
      return 'wrong-type';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'invalid_format':
      if (issue.format === 'datetime') return 'invalid-timestamp';
      if (issue.format === 'date') return 'invalid-date';
      return issue.path.at(-1) === 'startTime' ? 'invalid-time' : 'invalid-value';
    case 'custom':
      return issue.message === 'invalid-date' ? 'invalid-date' : 'invalid-value';
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'int' ? 'out-of-range' : 'too-long';
    case 'too_small':
      return issue.origin === 'number' || issue.origin === 'int' ? 'out-of-range' : 'empty';
    default:
      return 'invalid-value';
  }
}

/**
 * Our errors for zod's issues, at most `MAX_REPORTED_ERRORS`; `raw` is the parsed JSON, to tell a
 * missing field from a wrong one, and `prefix` the place in it of the value zod checked.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
  prefix: readonly PathKey[] = [],
): ExchangeError[] {
  const errors = issues.slice(0, MAX_REPORTED_ERRORS * 2).flatMap((issue): ExchangeError[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys
        .slice(0, MAX_REPORTED_ERRORS)
        .map((key) => ({ code: 'unknown-field', path: formatPath([...path, key]) }));
    }
    return [{ code: codeOf({ ...issue, path }, raw), path: formatPath(path) }];
  });
  // A value can fail two checks with the same meaning (a date's format and its calendar): say it once.
  const seen = new Set<string>();
  const unique = errors.filter((error) => {
    const key = `${error.code} ${error.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.slice(0, MAX_REPORTED_ERRORS);
}
