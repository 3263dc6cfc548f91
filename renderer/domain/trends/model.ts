/**
 * The collaboration's health over time (issue 17): what the Trends screen and the minutes' trend
 * chart show, one point per held meeting. Plain data, no functions, so tests compare it whole.
 */
import type { CalendarDate, Id } from '../types';

/** `part` of `whole`; the share is undefined when `whole` is 0 (nothing to count in that meeting). */
export interface Rate {
  part: number;
  whole: number;
}

/** The averages of the check-in and check-out answers of one meeting (1–5); undefined where none was given. */
export interface RoundRatings {
  checkInMood?: number;
  checkOutWorthTime?: number;
  checkOutHeard?: number;
}

/** Every indicator of one meeting. */
export interface TrendPoint {
  meetingId: Id;
  title: string;
  date: CalendarDate;
  /** Content points among all conflict points logged. */
  contentShare: Rate;
  /** Relationship points among all conflict points logged (the complement of `contentShare`). */
  relationshipShare: Rate;
  /** Speaking time of each side, in milliseconds. */
  talkMarketingMs: number;
  talkSalesMs: number;
  /** Decisions (not revoked) both sides agreed to, with or without reservations. */
  bothSigned: Rate;
  /** Action items owned by each side that were done by their due date, of those due or done. */
  actionsOnTimeMarketing: Rate;
  actionsOnTimeSales: Rate;
  /** Ledger reviews at this meeting: kept counts 1, partly ½, broken 0, per side reviewed. */
  ledgerKept: Rate;
  /** Cascade responses to this meeting's decisions given by their due date, of those answered or overdue. */
  cascadeOnTime: Rate;
  ratings: RoundRatings;
}

export interface Trends {
  /** Oldest first. */
  points: TrendPoint[];
}

/** The charts of the Trends screen, in their order there; each reads its numbers from a `TrendPoint`. */
export const TREND_CHARTS = [
  'content-relationship',
  'talk-balance',
  'both-signed',
  'actions-on-time',
  'ledger-kept',
  'cascade-on-time',
  'ratings',
] as const;

export type TrendChartKey = (typeof TREND_CHARTS)[number];

/** The share of a rate, 0–1, or undefined when there was nothing to count. */
export function shareOf(rate: Rate): number | undefined {
  return rate.whole === 0 ? undefined : rate.part / rate.whole;
}
