/**
 * Rules for the parking lot: points that belong to another meeting. They are captured in seconds
 * while the meeting runs, closed when they are dealt with, and carried over on request. Pure
 * functions: the clock and the id source are parameters.
 */
import { LIMITS } from './limits';
import { cleanLine } from './text';
import type { Id, ParkingLotPoint, Timestamp } from './types';

/** The longest point the app accepts. */
export const MAX_PARKING_LOT_LENGTH = LIMITS.parkingLot.text;

export interface ParkingLotDraft {
  text: string;
  agendaItemId: Id | '';
}

export type ParkingLotFieldError = { field: 'text'; code: 'text-empty' | 'text-too-long' };

export interface CheckedParkingLotPoint {
  text: string;
  agendaItemId?: Id;
}

export type ParkingLotCheck =
  { ok: true; value: CheckedParkingLotPoint } | { ok: false; errors: ParkingLotFieldError[] };

/** Checks a draft point: the text is required and fits one line of the minutes. */
export function checkParkingLotDraft(draft: ParkingLotDraft): ParkingLotCheck {
  const text = cleanLine(draft.text);
  if (text === '') return { ok: false, errors: [{ field: 'text', code: 'text-empty' }] };
  if (text.length > MAX_PARKING_LOT_LENGTH)
    return { ok: false, errors: [{ field: 'text', code: 'text-too-long' }] };
  const value: CheckedParkingLotPoint = { text };
  if (draft.agendaItemId !== '') value.agendaItemId = draft.agendaItemId;
  return { ok: true, value };
}

/** Builds a new open point of a meeting from a checked draft. */
export function newParkingLotPoint(
  meetingId: Id,
  checked: CheckedParkingLotPoint,
  context: { now: Timestamp; newId: () => Id },
): ParkingLotPoint {
  return {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    meetingId,
    status: 'open',
    ...checked,
  };
}

/** Closes a point that was dealt with; a closed point stays closed. */
export function closeParkingLotPoint(point: ParkingLotPoint, now: Timestamp): ParkingLotPoint {
  return point.status === 'closed' ? point : { ...point, status: 'closed', updatedAt: now };
}

/** Opens a closed point again (to undo a close). */
export function reopenParkingLotPoint(point: ParkingLotPoint, now: Timestamp): ParkingLotPoint {
  return point.status === 'closed' ? { ...point, status: 'open', updatedAt: now } : point;
}

/** The live points, open (and carried) ones first, oldest first within each group. */
export function parkingLotOpenFirst(points: readonly ParkingLotPoint[]): ParkingLotPoint[] {
  const rank = (point: ParkingLotPoint) => (point.status === 'closed' ? 1 : 0);
  return points
    .filter((point) => point.deletedAt === undefined)
    .sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt));
}
