/**
 * The first look at a parsed exchange file, before any schema: keys that could reach an object's
 * prototype in careless code (`__proto__`, `constructor`, `prototype`) are refused anywhere, and so
 * is any list longer than a table may be, so a hostile file with millions of values is refused here
 * instead of making the schemas build millions of issues. The walk goes no deeper than
 * `MAX_WALK_DEPTH`: no valid file nests more than five levels, and the schemas refuse the first level
 * that is too deep as a value of the wrong type, so a file nested ten thousand levels deep cannot
 * overflow the stack.
 */
import { formatPath, MAX_REPORTED_ERRORS, type ExchangeError } from './errors';
import { FILE_LIMITS } from '../limits';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** How deep the walk looks; deeper than any valid file, shallow enough for any call stack. */
export const MAX_WALK_DEPTH = 16;

/** The forbidden keys and overlong lists of a parsed file, at most `MAX_REPORTED_ERRORS`. */
export function checkShape(value: unknown): ExchangeError[] {
  const found: ExchangeError[] = [];
  const path: (string | number)[] = [];

  function walk(current: unknown, depth: number): void {
    if (found.length >= MAX_REPORTED_ERRORS || depth > MAX_WALK_DEPTH) return;
    if (current === null || typeof current !== 'object') return;
    if (Array.isArray(current)) {
      if (current.length > FILE_LIMITS.records) {
        found.push({ code: 'too-long', path: formatPath(path) });
        return;
      }
      current.forEach((item, index) => visit(index, item, depth));
      return;
    }
    for (const [key, inner] of Object.entries(current)) {
      if (FORBIDDEN_KEYS.has(key)) found.push({ code: 'forbidden-key', path: formatPath([...path, key]) });
      else visit(key, inner, depth);
    }
  }

  function visit(key: string | number, inner: unknown, depth: number): void {
    path.push(key);
    walk(inner, depth + 1);
    path.pop();
  }

  walk(value, 1);
  return found.slice(0, MAX_REPORTED_ERRORS);
}
