/**
 * The speaker queue and talk time (docs/product.md success factors 1 and 5): people raise a hand, the
 * facilitator takes them in order, and the time each turn ran is summed per person and per
 * department, so the room sees whether Marketing and Sales were heard alike. Everything is
 * derived from stored turns and an injected `now`, so a reload shows exactly what was there.
 */
import { MARKETING, SALES } from './departments';
import type { DepartmentId, Id, SpeakerTurn, Timestamp } from './types';

const live = (turn: SpeakerTurn) => turn.deletedAt === undefined;

/** The raised hands still waiting, in the order they were raised. */
export function waitingQueue(turns: readonly SpeakerTurn[]): SpeakerTurn[] {
  return turns
    .filter((turn) => live(turn) && turn.start === undefined)
    .sort((a, b) => a.raisedAt.localeCompare(b.raisedAt) || a.createdAt.localeCompare(b.createdAt));
}

/** The turn running now (started, not ended); the latest one should there ever be two. */
export function currentTurn(turns: readonly SpeakerTurn[]): SpeakerTurn | undefined {
  return turns
    .filter((turn) => live(turn) && turn.start !== undefined && turn.end === undefined)
    .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
}

/** True when the person already waits or speaks, so a second hand would only duplicate them. */
export function isQueuedOrSpeaking(turns: readonly SpeakerTurn[], personId: Id): boolean {
  return turns.some((turn) => live(turn) && turn.personId === personId && turn.end === undefined);
}

/** A new raised hand of a person. */
export function raiseHand(
  meetingId: Id,
  personId: Id,
  context: { now: Timestamp; newId: () => Id },
): SpeakerTurn {
  return {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    meetingId,
    personId,
    raisedAt: context.now,
  };
}

/**
 * The turns to store when the facilitator takes the next speaker: the current turn ended and the
 * first waiting hand started. Either is missing when there is nothing to end or nobody waiting.
 */
export function takeNextSpeaker(
  turns: readonly SpeakerTurn[],
  now: Timestamp,
): { ended?: SpeakerTurn; started?: SpeakerTurn } {
  const changes: { ended?: SpeakerTurn; started?: SpeakerTurn } = {};
  const current = currentTurn(turns);
  if (current) changes.ended = { ...current, end: now, updatedAt: now };
  const next = waitingQueue(turns)[0];
  if (next) changes.started = { ...next, start: now, updatedAt: now };
  return changes;
}

/** The current turn, ended; undefined when nobody speaks. */
export function stopSpeaker(turns: readonly SpeakerTurn[], now: Timestamp): SpeakerTurn | undefined {
  const current = currentTurn(turns);
  return current ? { ...current, end: now, updatedAt: now } : undefined;
}

/** How long a turn ran, in milliseconds; a running turn counts up to `now`, a waiting one is 0. */
export function turnDuration(turn: SpeakerTurn, now: Timestamp): number {
  if (turn.start === undefined) return 0;
  const ms = Date.parse(turn.end ?? now) - Date.parse(turn.start);
  return Number.isFinite(ms) ? Math.max(0, ms) : 0;
}

/** Talk time per person in milliseconds, for everyone who spoke. */
export function talkTimeByPerson(turns: readonly SpeakerTurn[], now: Timestamp): Map<Id, number> {
  const totals = new Map<Id, number>();
  for (const turn of turns) {
    if (!live(turn) || turn.start === undefined) continue;
    totals.set(turn.personId, (totals.get(turn.personId) ?? 0) + turnDuration(turn, now));
  }
  return totals;
}

/** Talk time per department; people whose department is unknown are left out. */
export function talkTimeByDepartment(
  turns: readonly SpeakerTurn[],
  departmentOf: (personId: Id) => DepartmentId | undefined,
  now: Timestamp,
): Map<DepartmentId, number> {
  const totals = new Map<DepartmentId, number>();
  for (const [personId, ms] of talkTimeByPerson(turns, now)) {
    const department = departmentOf(personId);
    if (department !== undefined) totals.set(department, (totals.get(department) ?? 0) + ms);
  }
  return totals;
}

/** How the talk time of the two joint sides compares. */
export interface SpeakingBalance {
  marketingMs: number;
  salesMs: number;
  /** Marketing's share of the two sides' time, 0–1; undefined while neither has spoken. */
  marketingShare: number | undefined;
}

export function speakingBalance(byDepartment: ReadonlyMap<DepartmentId, number>): SpeakingBalance {
  const marketingMs = byDepartment.get(MARKETING) ?? 0;
  const salesMs = byDepartment.get(SALES) ?? 0;
  const total = marketingMs + salesMs;
  return { marketingMs, salesMs, marketingShare: total === 0 ? undefined : marketingMs / total };
}

/** A duration as a clock reads it: "08:10" under an hour, "1:02:05" beyond. Whole seconds, down. */
export function formatTalkTime(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const pad = (value: number) => String(value).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
