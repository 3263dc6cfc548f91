/**
 * Series and carry-over: planning the next meeting of a series and deciding what travels with
 * it. Open action items, open and parked conflict points, open parking-lot points and unanswered
 * questions are copied into the next meeting, each marked with the id of its origin. Anything
 * already carried (an origin id found in the target) is skipped, so doing it twice copies nothing twice.
 */
import { orderedAgenda } from './agenda';
import { addDays } from './calendar';
import { compareMeetingsNewestFirst } from './meetings';
import type {
  ActionItem,
  AgendaItem,
  Attendance,
  CalendarDate,
  ConflictPoint,
  Id,
  KnowledgeItem,
  Meeting,
  ParkingLotPoint,
  Timestamp,
} from './types';

/** Days between one meeting of a series and the next, unless the facilitator changes the date. */
export const SERIES_INTERVAL_DAYS = 7;

interface Context {
  now: Timestamp;
  newId: () => Id;
}

/** The records of one meeting that carry-over looks at. */
export interface CarryRecords {
  actionItems: readonly ActionItem[];
  conflictPoints: readonly ConflictPoint[];
  parkingLot: readonly ParkingLotPoint[];
  knowledgeItems: readonly KnowledgeItem[];
}

/** What carry-over adds to the next meeting. */
export interface CarriedRecords {
  actionItems: ActionItem[];
  conflictPoints: ConflictPoint[];
  parkingLot: ParkingLotPoint[];
  knowledgeItems: KnowledgeItem[];
}

/** The series a meeting belongs to; a meeting that starts a series gives the series its id. */
export function seriesIdOf(meeting: Pick<Meeting, 'id' | 'seriesId'>): Id {
  return meeting.seriesId ?? meeting.id;
}

/**
 * The next meeting of the series: same title, time, plan, language, rules and definitions, on the
 * date the facilitator chose (a week later unless given).
 */
export function nextMeetingOf(previous: Meeting, context: Context, date?: CalendarDate): Meeting {
  return {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    title: previous.title,
    goal: '',
    date: date ?? addDays(previous.date, SERIES_INTERVAL_DAYS),
    startTime: previous.startTime,
    durationMinutes: previous.durationMinutes,
    location: previous.location,
    language: previous.language,
    status: 'planned',
    seriesId: seriesIdOf(previous),
    previousMeetingId: previous.id,
    groundRules: [...previous.groundRules],
    definitionIds: [...previous.definitionIds],
    ...(previous.templateId === undefined ? {} : { templateId: previous.templateId }),
  };
}

/** The same people in the same roles, all expected to be present. */
export function carryAttendance(
  previous: readonly Attendance[],
  nextMeetingId: Id,
  context: Context,
): Attendance[] {
  return previous
    .filter((attendance) => attendance.deletedAt === undefined)
    .map((attendance) => ({
      id: context.newId(),
      createdAt: context.now,
      updatedAt: context.now,
      meetingId: nextMeetingId,
      personId: attendance.personId,
      role: attendance.role,
      present: true,
    }));
}

/**
 * The same agenda again, every item pending and without times or notes: a series usually meets
 * on the same structure, and the facilitator adjusts it in Prepare. Deferred items are not
 * repeated here; they travel as parking-lot points.
 */
export function repeatAgenda(
  previous: readonly AgendaItem[],
  nextMeetingId: Id,
  context: Context,
): AgendaItem[] {
  return orderedAgenda(previous)
    .filter((item) => item.carriedFromId === undefined)
    .map((item, index) => ({
      id: context.newId(),
      createdAt: context.now,
      updatedAt: context.now,
      meetingId: nextMeetingId,
      position: index + 1,
      title: item.title,
      description: item.description,
      kind: item.kind,
      presenterIds: [...item.presenterIds],
      timeboxMinutes: item.timeboxMinutes,
      status: 'pending',
      spans: [],
      extensions: [],
      notes: '',
    }));
}

const live = <T extends { deletedAt?: string }>(record: T) => record.deletedAt === undefined;

/** The copies to add to the next meeting; nothing whose origin the target already holds. */
export function carryOver(
  source: CarryRecords,
  target: CarryRecords,
  nextMeetingId: Id,
  context: Context,
): CarriedRecords {
  const carried = new Set(
    [...target.actionItems, ...target.conflictPoints, ...target.parkingLot, ...target.knowledgeItems].flatMap(
      (record) => (record.carriedFromId === undefined ? [] : [record.carriedFromId]),
    ),
  );
  const fresh = <T extends { id: Id; deletedAt?: string }>(record: T) =>
    live(record) && !carried.has(record.id);
  const copy = <T extends { id: Id }>(record: T) => ({
    ...record,
    id: context.newId(),
    meetingId: nextMeetingId,
    carriedFromId: record.id,
    createdAt: context.now,
    updatedAt: context.now,
  });
  return {
    actionItems: source.actionItems
      .filter((item) => fresh(item) && item.status === 'open')
      .map((item) => withoutAgenda(copy(item))),
    conflictPoints: source.conflictPoints
      .filter((point) => fresh(point) && (point.status === 'open' || point.status === 'parked'))
      .map((point) => withoutLinks(withoutAgenda(copy(point)))),
    parkingLot: source.parkingLot
      .filter((point) => fresh(point) && point.status === 'open')
      .map((point) => withoutAgenda(copy(point))),
    knowledgeItems: source.knowledgeItems
      .filter((item) => fresh(item) && item.kind === 'question' && item.status === 'open')
      .map((item) => withoutAgenda(copy(item))),
  };
}

/** Agenda items belong to one meeting; a carried record starts without one. */
function withoutAgenda<T extends { agendaItemId?: Id }>(record: T): T {
  const { agendaItemId: _agendaItemId, ...rest } = record;
  return rest as T; // Same type minus an optional field, which T already allows to be absent.
}

/** Reframe links point at records of the earlier meeting; the copy keeps only its origin link. */
function withoutLinks(point: ConflictPoint): ConflictPoint {
  const { reframedAsId: _as, reframedFromId: _from, ...rest } = point;
  return rest;
}

/**
 * The place of each meeting in its series (1 for the first), by date and start time among the
 * series' live meetings; meetings outside a series are left out.
 */
export function seriesPlaces(meetings: readonly Meeting[]): Map<Id, number> {
  const bySeries = new Map<Id, Meeting[]>();
  for (const meeting of meetings) {
    if (meeting.seriesId === undefined || meeting.deletedAt !== undefined) continue;
    const members = bySeries.get(meeting.seriesId) ?? [];
    members.push(meeting);
    bySeries.set(meeting.seriesId, members);
  }
  const places = new Map<Id, number>();
  for (const members of bySeries.values()) {
    members
      .sort((a, b) => compareMeetingsNewestFirst(b, a))
      .forEach((meeting, index) => places.set(meeting.id, index + 1));
  }
  return places;
}
