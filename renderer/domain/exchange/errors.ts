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
  | 'wrong-meeting'
  | 'dangling-reference';

export interface ExchangeError {
  code: ExchangeErrorCode;
  /** Where in the file: `meeting.date`, `decisions[0].number`; empty for the whole file. */
  path: string;
  /** A value worth showing: the unknown version, the missing id, the size limit. */
  detail?: string;
}

type PathKey = PropertyKey;

/** `['agendaItems', 2, 'title']` → `agendaItems[2].title`. */
export function formatPath(path: readonly PathKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
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

/** Our errors for zod's issues; `raw` is the parsed JSON, to tell a missing field from a wrong one. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], raw: unknown): ExchangeError[] {
  const errors = issues.flatMap((issue): ExchangeError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ code: 'unknown-field', path: formatPath([...issue.path, key]) }));
    }
    return [{ code: codeOf(issue, raw), path: formatPath(issue.path) }];
  });
  // A value can fail two checks with the same meaning (a date's format and its calendar): say it once.
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.code} ${error.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
