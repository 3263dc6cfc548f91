/**
 * Check-in and check-out rounds: one answer per present participant, entered by the facilitator as
 * the room answers. At check-in a word and/or a mood (1–5); at check-out two ratings (1–5), "the
 * meeting was worth the time" and "my side was heard". The department is kept as it was when the
 * answer was given. Pure: clock and ids are passed in.
 */
import { LIMITS } from './limits';
import type { AgendaItem, DepartmentId, Id, MeetingStatus, RoundEntry, RoundKind, Timestamp } from './types';

/** What the facilitator typed for one person; blank fields are left out. */
export interface RoundAnswer {
  word?: string;
  mood?: number;
  worthTime?: number;
  heard?: number;
}

export type RoundField = keyof RoundAnswer;
export type RoundFieldError = { field: RoundField; problem: 'too-long' | 'out-of-range' };
export type RoundCheck = { ok: true; value: RoundAnswer } | { ok: false; errors: RoundFieldError[] };

/** The fields each kind of round asks for. */
export const ROUND_FIELDS: Record<RoundKind, readonly RoundField[]> = {
  'check-in': ['word', 'mood'],
  'check-out': ['worthTime', 'heard'],
};

const RATINGS: readonly RoundField[] = ['mood', 'worthTime', 'heard'];

function isRating(value: number): boolean {
  const { min, max } = LIMITS.round.rating;
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Checks one answer for `kind`: the word trimmed and not too long, ratings whole numbers 1–5. */
export function checkRoundAnswer(kind: RoundKind, answer: RoundAnswer): RoundCheck {
  const value: RoundAnswer = {};
  const errors: RoundFieldError[] = [];
  for (const field of ROUND_FIELDS[kind]) {
    const given = answer[field];
    if (given === undefined) continue;
    if (field === 'word') {
      const word = String(given).trim().replace(/\s+/g, ' ');
      if (word.length > LIMITS.round.word) errors.push({ field, problem: 'too-long' });
      else if (word !== '') value.word = word;
    } else if (typeof given !== 'number' || !isRating(given)) errors.push({ field, problem: 'out-of-range' });
    else value[field] = given;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** Whether an answer says anything at all. */
export function isAnswered(entry: RoundAnswer): boolean {
  return entry.word !== undefined || RATINGS.some((field) => entry[field] !== undefined);
}

/**
 * The stored entry after this answer: a new one, or the existing one with its fields replaced
 * (the department stays as it was first recorded).
 */
export function upsertRoundEntry(
  existing: RoundEntry | undefined,
  who: { meetingId: Id; kind: RoundKind; personId: Id; departmentId: DepartmentId },
  answer: RoundAnswer,
  at: { now: Timestamp; newId: () => Id },
): RoundEntry {
  const fields: RoundAnswer = {};
  for (const field of ROUND_FIELDS[who.kind]) {
    if (field === 'word') {
      if (answer.word !== undefined) fields.word = answer.word;
    } else if (answer[field] !== undefined) fields[field] = answer[field];
  }
  if (existing) {
    const { word: _w, mood: _m, worthTime: _t, heard: _h, deletedAt: _d, ...rest } = existing;
    return { ...rest, ...fields, updatedAt: at.now };
  }
  return { id: at.newId(), ...who, ...fields, createdAt: at.now, updatedAt: at.now };
}

/** One department's answers in a round. */
export interface RoundDepartmentSummary {
  departmentId: DepartmentId;
  /** How many people of this department answered. */
  answered: number;
  /** Check-in words, in the order given. */
  words: string[];
  mood?: number;
  worthTime?: number;
  heard?: number;
}

function average(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}

/** The round's answers per department (in `order`, then any other), averages to one decimal. */
export function roundSummary(
  entries: readonly RoundEntry[],
  kind: RoundKind,
  order: readonly DepartmentId[] = [],
): RoundDepartmentSummary[] {
  const answered = entries
    .filter((entry) => entry.kind === kind && entry.deletedAt === undefined && isAnswered(entry))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const departments = [...new Set(answered.map((entry) => entry.departmentId))].sort((a, b) => {
    const rank = (id: DepartmentId) => (order.includes(id) ? order.indexOf(id) : order.length);
    return rank(a) - rank(b);
  });
  return departments.map((departmentId) => {
    const mine = answered.filter((entry) => entry.departmentId === departmentId);
    const numbers = (field: 'mood' | 'worthTime' | 'heard') =>
      mine.flatMap((entry) => (entry[field] === undefined ? [] : [entry[field]]));
    const summary: RoundDepartmentSummary = {
      departmentId,
      answered: mine.length,
      words: mine.flatMap((entry) => (entry.word === undefined ? [] : [entry.word])),
    };
    const mood = average(numbers('mood'));
    const worthTime = average(numbers('worthTime'));
    const heard = average(numbers('heard'));
    if (mood !== undefined) summary.mood = mood;
    if (worthTime !== undefined) summary.worthTime = worthTime;
    if (heard !== undefined) summary.heard = heard;
    return summary;
  });
}

/**
 * Which round Alt+J opens: check-in before the start and while less than half of the agenda is
 * through, check-out from then on and after the end.
 */
export function fittingRound(
  status: MeetingStatus,
  agenda: readonly Pick<AgendaItem, 'status'>[],
): RoundKind {
  if (status === 'ended') return 'check-out';
  if (status === 'planned' || agenda.length === 0) return 'check-in';
  const through = agenda.filter((item) => item.status !== 'pending' && item.status !== 'active').length;
  return through * 2 < agenda.length ? 'check-in' : 'check-out';
}
