/**
 * Running a meeting live: the transitions of the meeting and its agenda (start, pause, resume,
 * next, previous, skip, defer, end). Each transition takes the stored meeting and agenda and
 * returns the records to write, or a refusal as data. Time is only ever recorded as timestamps
 * (spans), never as counters, so the timers in `run-clock.ts` can be derived after a reload.
 *
 * Moving between items (next, previous, skip, defer) while paused also resumes: the facilitator
 * has moved on, so the new item's time runs.
 */
import { orderedAgenda } from './agenda';
import type { AgendaItem, Id, Meeting, ParkingLotPoint, TimeSpan, Timestamp } from './types';

export type RunCommand = 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'skip' | 'defer' | 'end';

/** Every command, in the order the help lists them. */
export const RUN_COMMANDS: readonly RunCommand[] = [
  'start',
  'pause',
  'resume',
  'next',
  'previous',
  'skip',
  'defer',
  'end',
];

/** Why a command does not apply to the meeting as it stands. */
export type RunRefusal =
  | 'not-planned'
  | 'not-running'
  | 'already-paused'
  | 'not-paused'
  | 'no-active-item'
  | 'no-next-item'
  | 'no-previous-item';

/** What a transition writes: the meeting, the agenda items that changed, new parking-lot points. */
export interface RunChange {
  meeting: Meeting;
  items: AgendaItem[];
  parkingLot: ParkingLotPoint[];
}

export type RunOutcome = { ok: true; change: RunChange } | { ok: false; refusal: RunRefusal };

export interface RunContext {
  now: Timestamp;
  newId: () => Id;
}

/** The item running now, if any. */
export function activeItemOf(meeting: Meeting, items: readonly AgendaItem[]): AgendaItem | undefined {
  if (meeting.activeAgendaItemId === undefined) return undefined;
  return items.find((item) => item.id === meeting.activeAgendaItemId && item.deletedAt === undefined);
}

/** The item `next` would make active: the first pending one after the active item, else the first pending. */
function nextPending(order: readonly AgendaItem[], activeId: Id | undefined): AgendaItem | undefined {
  const from = order.findIndex((item) => item.id === activeId);
  return (
    order.slice(from + 1).find((item) => item.status === 'pending') ??
    order.find((item) => item.status === 'pending' && item.id !== activeId)
  );
}

/** The item `previous` returns to: the nearest earlier one that ran or was skipped (deferred ones are parked). */
function previousItem(order: readonly AgendaItem[], activeId: Id | undefined): AgendaItem | undefined {
  const index = activeId === undefined ? order.length : order.findIndex((item) => item.id === activeId);
  return order
    .slice(0, index < 0 ? order.length : index)
    .reverse()
    .find((item) => item.status === 'done' || item.status === 'skipped');
}

/** Why `command` does not apply, or `undefined` when it does. The UI uses it to disable buttons. */
export function refusalOf(
  command: RunCommand,
  meeting: Meeting,
  items: readonly AgendaItem[],
): RunRefusal | undefined {
  if (command === 'start') return meeting.status === 'planned' ? undefined : 'not-planned';
  if (meeting.status !== 'running') return 'not-running';
  const order = orderedAgenda(items);
  const active = activeItemOf(meeting, order);
  switch (command) {
    case 'pause':
      return meeting.pausedAt === undefined ? undefined : 'already-paused';
    case 'resume':
      return meeting.pausedAt === undefined ? 'not-paused' : undefined;
    case 'next':
      return active || nextPending(order, undefined) ? undefined : 'no-next-item';
    case 'previous':
      return previousItem(order, active?.id) ? undefined : 'no-previous-item';
    case 'skip':
    case 'defer':
      return active ? undefined : 'no-active-item';
    case 'end':
      return undefined;
  }
}

function closeSpans(spans: readonly TimeSpan[], now: Timestamp): TimeSpan[] {
  return spans.map((span) => (span.end === undefined ? { ...span, end: now } : span));
}

function openSpan(item: AgendaItem, now: Timestamp): AgendaItem {
  return {
    ...item,
    status: 'active',
    spans: [...closeSpans(item.spans, now), { start: now }],
    actualStart: item.actualStart ?? now,
    actualEnd: undefined,
    updatedAt: now,
  };
}

function finish(item: AgendaItem, status: 'done' | 'skipped' | 'deferred', now: Timestamp): AgendaItem {
  return { ...item, status, spans: closeSpans(item.spans, now), actualEnd: now, updatedAt: now };
}

/** Drops `undefined` optional fields, so stored records never carry a key without a value. */
function tidy<T extends object>(record: T): T {
  // Object.entries loses the key types; the keys are exactly those of `record`.
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** The meeting with `next` (or nothing) running, resumed if it was paused. */
function withActive(meeting: Meeting, next: AgendaItem | undefined, now: Timestamp): Meeting {
  return tidy({ ...meeting, activeAgendaItemId: next?.id, pausedAt: undefined, updatedAt: now });
}

/** Closes the active item with `status` and starts the next pending one. */
function advance(
  meeting: Meeting,
  order: readonly AgendaItem[],
  status: 'done' | 'skipped' | 'deferred',
  now: Timestamp,
): { meeting: Meeting; items: AgendaItem[] } {
  const active = activeItemOf(meeting, order);
  const next = nextPending(order, active?.id);
  const items = [...(active ? [finish(active, status, now)] : []), ...(next ? [openSpan(next, now)] : [])];
  return { meeting: withActive(meeting, next, now), items };
}

/** A parking-lot point for a deferred item, open, so the next meeting of the series carries it over. */
export function parkingPointFor(item: AgendaItem, context: RunContext): ParkingLotPoint {
  return {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    meetingId: item.meetingId,
    text: item.title,
    agendaItemId: item.id,
    status: 'open',
  };
}

function transition(
  command: RunCommand,
  meeting: Meeting,
  order: readonly AgendaItem[],
  context: RunContext,
): RunChange {
  const { now } = context;
  const active = activeItemOf(meeting, order);
  const none = { items: [], parkingLot: [] };
  switch (command) {
    case 'start': {
      const first = order.find((item) => item.status === 'pending');
      const started = { ...meeting, status: 'running' as const, startedAt: now };
      return {
        meeting: withActive(started, first, now),
        items: first ? [openSpan(first, now)] : [],
        parkingLot: [],
      };
    }
    case 'pause':
      return {
        meeting: { ...meeting, pausedAt: now, updatedAt: now },
        items: active ? [{ ...active, spans: closeSpans(active.spans, now), updatedAt: now }] : [],
        parkingLot: [],
      };
    case 'resume':
      return {
        meeting: withActive(meeting, active, now),
        items: active ? [openSpan(active, now)] : [],
        parkingLot: [],
      };
    case 'next':
      return { ...advance(meeting, order, 'done', now), parkingLot: [] };
    case 'skip':
      return { ...advance(meeting, order, 'skipped', now), parkingLot: [] };
    case 'defer':
      return {
        ...advance(meeting, order, 'deferred', now),
        parkingLot: active ? [parkingPointFor(active, context)] : [],
      };
    case 'previous': {
      const back = previousItem(order, active?.id);
      if (!back) return { meeting, ...none };
      const current = active
        ? [{ ...active, status: 'pending' as const, spans: closeSpans(active.spans, now), updatedAt: now }]
        : [];
      return {
        meeting: withActive(meeting, back, now),
        items: [...current, openSpan(back, now)],
        parkingLot: [],
      };
    }
    case 'end':
      return {
        meeting: tidy({
          ...meeting,
          status: 'ended' as const,
          endedAt: now,
          pausedAt: undefined,
          activeAgendaItemId: undefined,
          updatedAt: now,
        }),
        items: active ? [finish(active, 'done', now)] : [],
        parkingLot: [],
      };
  }
}

/** Applies `command` to the stored meeting and agenda; a command that does not apply changes nothing. */
export function applyRun(
  command: RunCommand,
  meeting: Meeting,
  items: readonly AgendaItem[],
  context: RunContext,
): RunOutcome {
  const refusal = refusalOf(command, meeting, items);
  if (refusal !== undefined) return { ok: false, refusal };
  const change = transition(command, meeting, orderedAgenda(items), context);
  return { ok: true, change: { ...change, items: change.items.map(tidy) } };
}
