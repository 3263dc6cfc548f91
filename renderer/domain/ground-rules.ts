/**
 * Ground rules a joint session of Marketing and Sales starts from. They keep friction on the
 * content level, invite disagreement that helps, and put talk and shared facts before email.
 * The room sees them on the projector, so each rule is one short line.
 */
import { LIMITS } from './limits';
import { cleanLine } from './text';
import type { Language } from './types';

/** The longest ground rule the app accepts; it must still fit one projected line or two. */
export const MAX_GROUND_RULE_LENGTH = LIMITS.meeting.groundRule;

/** The five default rules, in the same order in both languages. */
export const DEFAULT_GROUND_RULES: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'We argue about the matter, never about the person.',
    'Nobody is attacked personally: criticism goes to ideas, plans and figures.',
    'Disagreement is welcome whenever it helps the company move forward.',
    'What matters is said here in the room, not sent by email afterwards.',
    'We all work from the same facts and the same figures.',
  ],
  de: [
    'Wir streiten über die Sache, nie über die Person.',
    'Niemand wird persönlich angegriffen: Kritik gilt Ideen, Plänen und Zahlen.',
    'Widerspruch ist willkommen, sobald er das Unternehmen weiterbringt.',
    'Was wichtig ist, sagen wir hier im Raum, statt es hinterher zu mailen.',
    'Alle arbeiten mit denselben Fakten und denselben Zahlen.',
  ],
};

/** Why a ground rule was refused; the UI translates each code. */
export type GroundRuleError = 'rule-empty' | 'rule-too-long';
/** Why a list of ground rules was refused. */
export type GroundRulesError = GroundRuleError | 'rules-too-many';

/** Checks one ground rule as typed and returns it cleaned to a single line. */
export function checkGroundRule(
  raw: string,
): { ok: true; value: string } | { ok: false; error: GroundRuleError } {
  const rule = cleanLine(raw);
  if (rule === '') return { ok: false, error: 'rule-empty' };
  if (rule.length > MAX_GROUND_RULE_LENGTH) return { ok: false, error: 'rule-too-long' };
  return { ok: true, value: rule };
}

/** Checks a whole list of ground rules, as stored: each rule and how many there are. */
export function checkGroundRules(
  rules: readonly string[],
): { ok: true; value: string[] } | { ok: false; error: GroundRulesError } {
  if (rules.length > LIMITS.meeting.groundRules) return { ok: false, error: 'rules-too-many' };
  const value: string[] = [];
  for (const rule of rules) {
    const checked = checkGroundRule(rule);
    if (!checked.ok) return checked;
    value.push(checked.value);
  }
  return { ok: true, value };
}

/**
 * The list with a removed rule put back where it was: at `index`, or at the end when the list has
 * shrunk since. A rule that is in the list again (typed anew meanwhile) is not doubled.
 */
export function restoreGroundRule(rules: readonly string[], rule: string, index: number): string[] {
  if (rules.includes(rule)) return [...rules];
  const at = Math.min(Math.max(index, 0), rules.length);
  return [...rules.slice(0, at), rule, ...rules.slice(at)];
}
