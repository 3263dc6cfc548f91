/**
 * The reopen gate (issue 17): a decided decision carries "revisit if …" conditions besides its review
 * date, and it is superseded or revoked only with the condition that was met or the new fact named.
 * Also: which decided decisions a statement probably touches (words of the statement and the terms of
 * the agreed definitions, matched without case and accents), and which decisions are due for review.
 * Pure functions: the clock is a parameter.
 */
import { LIMITS } from './limits';
import { cleanLine, foldForSearch } from './text';
import type { CalendarDate, Decision, Definition, Id, ReopenReason, Timestamp } from './types';

/** The most decisions one conflict point may name as touched. */
export const MAX_TOUCHED_DECISIONS = LIMITS.decisionGate.conditions * 5;

/** What the gate form collects: a condition picked from `revisitIf`, or none, and the new fact in words. */
export interface ReopenDraft {
  conditionIndex?: number;
  fact: string;
}

export type ReopenRefusal =
  | { code: 'reopen-reason-missing' }
  | { code: 'reopen-reason-too-long'; max: number }
  | { code: 'reopen-condition-unknown' };

export type RevisitIfError =
  { code: 'condition-too-long'; max: number } | { code: 'conditions-too-many'; max: number };

/** The conditions as typed, one a line: trimmed, blanks and repeats dropped, or what is wrong. */
export function checkRevisitIf(
  lines: readonly string[],
): { ok: true; value: string[] } | { ok: false; error: RevisitIfError } {
  const value = [...new Set(lines.map(cleanLine).filter(Boolean))];
  if (value.some((line) => line.length > LIMITS.decisionGate.condition))
    return { ok: false, error: { code: 'condition-too-long', max: LIMITS.decisionGate.condition } };
  if (value.length > LIMITS.decisionGate.conditions)
    return { ok: false, error: { code: 'conditions-too-many', max: LIMITS.decisionGate.conditions } };
  return { ok: true, value };
}

/** Whether reopening (superseding or revoking) `decision` must pass the gate: only a decided one does. */
export function needsReopenReason(decision: Pick<Decision, 'status'>): boolean {
  return decision.status === 'decided';
}

/**
 * The reason stored when a decided decision is reopened. A picked condition is stored with its text
 * (and the fact, when given, after it); without a condition the new fact is required.
 */
export function reopenReason(
  decision: Pick<Decision, 'revisitIf'>,
  draft: ReopenDraft | undefined,
  context: { meetingId: Id; now: Timestamp },
): { ok: true; value: ReopenReason } | { ok: false; refusal: ReopenRefusal } {
  const fact = (draft?.fact ?? '').trim();
  const index = draft?.conditionIndex;
  const condition = index === undefined ? undefined : decision.revisitIf[index];
  if (index !== undefined && condition === undefined)
    return { ok: false, refusal: { code: 'reopen-condition-unknown' } };
  const text = [condition, fact].filter(Boolean).join(' — ');
  if (text === '') return { ok: false, refusal: { code: 'reopen-reason-missing' } };
  if (text.length > LIMITS.decisionGate.reason)
    return { ok: false, refusal: { code: 'reopen-reason-too-long', max: LIMITS.decisionGate.reason } };
  const value: ReopenReason = { text, meetingId: context.meetingId, at: context.now };
  if (index !== undefined) value.conditionIndex = index;
  return { ok: true, value };
}

/** Words of at least four letters, folded: the ones that say what a statement is about. */
function words(text: string): Set<string> {
  return new Set(
    foldForSearch(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 4),
  );
}

/**
 * The decided decisions of other meetings that `statement` probably touches, best first: those
 * sharing an agreed definition's term with it count most, then those sharing more words. At most
 * `limit`; none when nothing matches.
 */
export function suggestTouchedDecisions(
  statement: string,
  decisions: readonly Decision[],
  definitions: readonly Pick<Definition, 'term' | 'deletedAt'>[],
  options: { meetingId: Id; limit?: number },
): Decision[] {
  const folded = ` ${foldForSearch(cleanLine(statement))} `;
  const statementWords = words(statement);
  const terms = definitions
    .filter((definition) => definition.deletedAt === undefined)
    .map((definition) => foldForSearch(cleanLine(definition.term)))
    .filter((term) => term !== '' && folded.includes(term));
  const scored = decisions
    .filter((decision) => decision.status === 'decided' && decision.meetingId !== options.meetingId)
    .map((decision) => {
      const text = `${decision.statement}\n${decision.rationale}\n${decision.revisitIf.join('\n')}`;
      const foldedDecision = foldForSearch(text);
      const termHits = terms.filter((term) => foldedDecision.includes(term)).length;
      const decisionWords = words(text);
      const wordHits = [...statementWords].filter((word) => decisionWords.has(word)).length;
      return { decision, score: termHits * 10 + wordHits };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.decision.number - a.decision.number);
  return scored.slice(0, options.limit ?? 5).map(({ decision }) => decision);
}

/**
 * The decided decisions past their review date on `date` (a meeting's day), oldest review first:
 * what the next meeting lists as "due for review".
 */
export function dueForReview(decisions: readonly Decision[], date: CalendarDate): Decision[] {
  return decisions
    .filter(
      (decision) =>
        decision.status === 'decided' && decision.reviewDate !== undefined && decision.reviewDate <= date,
    )
    .sort((a, b) => (a.reviewDate ?? '').localeCompare(b.reviewDate ?? '') || a.number - b.number);
}

/**
 * The conflict point with `decisionIds` as the decisions it touches: no repeats, at most
 * MAX_TOUCHED_DECISIONS; an empty list removes the field.
 */
export function withTouchedDecisions<T extends { touchesDecisionIds?: Id[]; updatedAt: Timestamp }>(
  point: T,
  decisionIds: readonly Id[],
  now: Timestamp,
): { ok: true; value: T } | { ok: false; refusal: { code: 'touches-too-many'; max: number } } {
  const ids = [...new Set(decisionIds)];
  if (ids.length > MAX_TOUCHED_DECISIONS)
    return { ok: false, refusal: { code: 'touches-too-many', max: MAX_TOUCHED_DECISIONS } };
  const { touchesDecisionIds: _old, ...rest } = point;
  const value = { ...rest, updatedAt: now } as T;
  if (ids.length > 0) value.touchesDecisionIds = ids;
  return { ok: true, value };
}
