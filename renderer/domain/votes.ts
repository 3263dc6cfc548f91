/**
 * Rules for quick votes: the facilitator sets up a question with options (or a fist-of-five consent
 * check, options 0–5 fingers) and counts the raised hands per department. A vote runs until it is
 * closed; a closed vote may be attached to the decision it informed. Pure functions: the clock and
 * the id source are parameters.
 */
import { LIMITS } from './limits';
import { cleanLine } from './text';
import { MARKETING, SALES } from './departments';
import { isOpen } from './decisions';
import type {
  Attendance,
  Decision,
  DecisionMethod,
  Department,
  DepartmentId,
  Id,
  Person,
  Timestamp,
  Vote,
  VoteCount,
  VoteKind,
} from './types';

/** The finger values of a fist-of-five, 0 (block) to 5 (full support). */
export const FIST_VALUES: readonly number[] = [0, 1, 2, 3, 4, 5];

export const VOTE_KINDS: readonly VoteKind[] = ['options', 'fist-of-five'];

export interface VoteDraft {
  question: string;
  kind: VoteKind;
  /** The options of an options vote; ignored for fist-of-five. Empty lines are dropped. */
  options: string[];
  agendaItemId: Id | '';
}

export type VoteFieldError =
  | { field: 'question'; code: 'question-empty' | 'question-too-long' }
  | { field: 'options'; code: 'options-too-few' | 'options-too-many' | 'option-too-long' | 'option-twice' };

export interface CheckedVote {
  question: string;
  kind: VoteKind;
  options: string[];
  agendaItemId?: Id;
}

export type VoteCheck = { ok: true; value: CheckedVote } | { ok: false; errors: VoteFieldError[] };

/** Why a change to a stored vote was refused; nothing changes then. */
export type VoteRefusal = 'closed' | 'running' | 'unknown-option' | 'bad-count';

export type VoteChange = { ok: true; value: Vote } | { ok: false; refusal: VoteRefusal };

/** Checks a draft: a question, and for an options vote 2–12 distinct options that each fit a line. */
export function checkVoteDraft(draft: VoteDraft): VoteCheck {
  const errors: VoteFieldError[] = [];
  const question = cleanLine(draft.question);
  if (question === '') errors.push({ field: 'question', code: 'question-empty' });
  else if (question.length > LIMITS.vote.question)
    errors.push({ field: 'question', code: 'question-too-long' });
  const options = draft.kind === 'options' ? draft.options.map(cleanLine).filter((o) => o !== '') : [];
  if (draft.kind === 'options') {
    const { min, max } = LIMITS.vote.options;
    if (options.length < min) errors.push({ field: 'options', code: 'options-too-few' });
    else if (options.length > max) errors.push({ field: 'options', code: 'options-too-many' });
    else if (options.some((option) => option.length > LIMITS.vote.option))
      errors.push({ field: 'options', code: 'option-too-long' });
    else if (new Set(options.map((o) => o.toLocaleLowerCase())).size !== options.length)
      errors.push({ field: 'options', code: 'option-twice' });
  }
  if (errors.length > 0) return { ok: false, errors };
  const value: CheckedVote = { question, kind: draft.kind, options };
  if (draft.agendaItemId !== '') value.agendaItemId = draft.agendaItemId;
  return { ok: true, value };
}

/** A decision's alternatives as vote options: one per line (or per ";"), at most the maximum. */
export function optionsFromAlternatives(alternatives: string): string[] {
  return alternatives
    .split(/\r?\n|;/)
    .map((line) => cleanLine(line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '')))
    .filter((line) => line !== '')
    .slice(0, LIMITS.vote.options.max);
}

/** Builds a new running vote from a checked draft, with no hands counted yet. */
export function newVote(
  meetingId: Id,
  checked: CheckedVote,
  context: { now: Timestamp; newId: () => Id },
): Vote {
  return {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    meetingId,
    ...checked,
    counts: [],
    openedAt: context.now,
  };
}

/** Whether the vote is still taking hands. */
export function isRunning(vote: Pick<Vote, 'closedAt' | 'deletedAt'>): boolean {
  return vote.closedAt === undefined && vote.deletedAt === undefined;
}

/** How many options the vote has: its options, or the six finger values of a fist-of-five. */
export function optionCount(vote: Pick<Vote, 'kind' | 'options'>): number {
  return vote.kind === 'fist-of-five' ? FIST_VALUES.length : vote.options.length;
}

/** The option's label: its text, or the number of fingers. */
export function optionLabel(vote: Pick<Vote, 'kind' | 'options'>, option: number): string {
  return vote.kind === 'fist-of-five' ? String(option) : (vote.options[option] ?? '');
}

/** The hands counted for one option in one department. */
export function countOf(vote: Pick<Vote, 'counts'>, option: number, departmentId: DepartmentId): number {
  return vote.counts.find((c) => c.option === option && c.departmentId === departmentId)?.count ?? 0;
}

/** Whether `count` is a count the app accepts: a whole number within the limits. */
export function isValidCount(count: number): boolean {
  const { min, max } = LIMITS.vote.count;
  return Number.isInteger(count) && count >= min && count <= max;
}

/** Sets the hands of one option in one department; refused on a closed vote or a bad count. */
export function setVoteCount(
  vote: Vote,
  option: number,
  departmentId: DepartmentId,
  count: number,
  now: Timestamp,
): VoteChange {
  if (!isRunning(vote)) return { ok: false, refusal: 'closed' };
  if (!Number.isInteger(option) || option < 0 || option >= optionCount(vote))
    return { ok: false, refusal: 'unknown-option' };
  if (!isValidCount(count)) return { ok: false, refusal: 'bad-count' };
  const others = vote.counts.filter((c) => !(c.option === option && c.departmentId === departmentId));
  const counts: VoteCount[] = count === 0 ? others : [...others, { option, departmentId, count }];
  counts.sort((a, b) => a.option - b.option || a.departmentId.localeCompare(b.departmentId));
  return { ok: true, value: { ...vote, counts, updatedAt: now } };
}

/** Raises or lowers one count by `delta` (the steppers); refused below zero or above the limit. */
export function adjustVoteCount(
  vote: Vote,
  option: number,
  departmentId: DepartmentId,
  delta: number,
  now: Timestamp,
): VoteChange {
  return setVoteCount(vote, option, departmentId, countOf(vote, option, departmentId) + delta, now);
}

/** Closes a running vote: its counts are final. */
export function closeVote(vote: Vote, now: Timestamp): VoteChange {
  if (!isRunning(vote)) return { ok: false, refusal: 'closed' };
  return { ok: true, value: { ...vote, closedAt: now, updatedAt: now } };
}

/** Attaches a closed vote to the decision it informed (or detaches it with `undefined`). */
export function attachVote(vote: Vote, decisionId: Id | undefined, now: Timestamp): VoteChange {
  if (vote.closedAt === undefined) return { ok: false, refusal: 'running' };
  const { decisionId: _old, ...rest } = vote;
  return {
    ok: true,
    value: decisionId === undefined ? { ...rest, updatedAt: now } : { ...rest, decisionId, updatedAt: now },
  };
}

/** The method a vote gives the decision it informed: an options vote is a vote, a fist-of-five consent. */
export function methodOfVote(kind: VoteKind): DecisionMethod {
  return kind === 'fist-of-five' ? 'consent' : 'vote';
}

/**
 * The decision a vote was just attached to, with the vote's method. `undefined` when nothing changes:
 * the decision already has that method, or it is superseded or revoked (history, not edited).
 * Detaching a vote leaves the method as it is.
 */
export function decisionInformedBy(
  decision: Decision,
  vote: Pick<Vote, 'kind'>,
  now: Timestamp,
): Decision | undefined {
  const method = methodOfVote(vote.kind);
  if (!isOpen(decision) || decision.method === method) return undefined;
  return { ...decision, method, updatedAt: now };
}

/**
 * The department columns of a vote: Marketing and Sales always, then the other departments present
 * (in the workspace's order), then any other department that has hands counted.
 */
export function voteDepartments(
  departments: readonly Department[],
  presentIds: readonly DepartmentId[],
  vote?: Pick<Vote, 'counts'>,
): DepartmentId[] {
  const wanted = new Set<DepartmentId>([MARKETING, SALES, ...presentIds]);
  for (const count of vote?.counts ?? []) if (count.count > 0) wanted.add(count.departmentId);
  const order = departments.map((d) => d.id).filter((id) => wanted.has(id));
  const rest = [...wanted].filter((id) => !order.includes(id));
  return [MARKETING, SALES, ...[...order, ...rest].filter((id) => id !== MARKETING && id !== SALES)];
}

/** The departments of the participants present, each once. */
export function presentDepartments(
  attendance: readonly Pick<Attendance, 'personId' | 'present' | 'deletedAt'>[],
  people: readonly Pick<Person, 'id' | 'departmentId'>[],
): DepartmentId[] {
  const departmentOf = new Map(people.map((person) => [person.id, person.departmentId]));
  const ids = attendance
    .filter((entry) => entry.deletedAt === undefined && entry.present)
    .flatMap((entry) => departmentOf.get(entry.personId) ?? []);
  return [...new Set(ids)];
}

export interface VoteResults {
  /** Per option, in order: the hands per department (in `departmentIds` order) and their total. */
  rows: { option: number; label: string; counts: number[]; total: number }[];
  departmentIds: DepartmentId[];
  /** Per department, all hands counted. */
  departmentTotals: number[];
  total: number;
}

/** The counts of a vote as a table: options by departments, with totals both ways. */
export function voteResults(vote: Vote, departmentIds: readonly DepartmentId[]): VoteResults {
  const rows = Array.from({ length: optionCount(vote) }, (_, option) => {
    const counts = departmentIds.map((id) => countOf(vote, option, id));
    return { option, label: optionLabel(vote, option), counts, total: sum(counts) };
  });
  const departmentTotals = departmentIds.map((_, index) => sum(rows.map((row) => row.counts[index] ?? 0)));
  return { rows, departmentIds: [...departmentIds], departmentTotals, total: sum(departmentTotals) };
}

/** The options with the most hands (several on a tie; none while no hand is counted). */
export function leadingOptions(vote: Vote): number[] {
  const totals = Array.from({ length: optionCount(vote) }, (_, option) =>
    sum(vote.counts.filter((c) => c.option === option).map((c) => c.count)),
  );
  const top = Math.max(0, ...totals);
  if (top === 0) return [];
  return totals.flatMap((total, option) => (total === top ? [option] : []));
}

/**
 * The consent of a fist-of-five: any 0 or 1 is an objection to resolve; a 2 is a reservation to
 * hear; otherwise the room consents. The average is of all fingers shown (undefined with no hands).
 */
export type ConsentVerdict = 'none' | 'objection' | 'reservations' | 'consent';

export interface Consent {
  verdict: ConsentVerdict;
  /** Hands showing 0 or 1 fingers. */
  objections: number;
  total: number;
  average?: number;
}

export function consentOf(vote: Pick<Vote, 'counts'>): Consent {
  const hands = (test: (fingers: number) => boolean) =>
    sum(vote.counts.filter((c) => test(c.option)).map((c) => c.count));
  const total = hands(() => true);
  const objections = hands((fingers) => fingers <= 1);
  if (total === 0) return { verdict: 'none', objections, total };
  const average = sum(vote.counts.map((c) => c.option * c.count)) / total;
  const verdict = objections > 0 ? 'objection' : hands((f) => f === 2) > 0 ? 'reservations' : 'consent';
  return { verdict, objections, total, average: Math.round(average * 10) / 10 };
}

/** The meeting's votes that are not deleted, oldest first. */
export function votesInOrder(votes: readonly Vote[]): Vote[] {
  return votes.filter((v) => v.deletedAt === undefined).sort((a, b) => a.openedAt.localeCompare(b.openedAt));
}

/** The vote that runs now: the latest live vote without `closedAt`. */
export function runningVote(votes: readonly Vote[]): Vote | undefined {
  return votesInOrder(votes).filter(isRunning).at(-1);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
