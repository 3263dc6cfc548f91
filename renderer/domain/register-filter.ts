/**
 * Filters of the register, as pure functions over the prepared entries of `register.ts`. Every
 * filter left empty lets everything through; filters compose (an entry must pass all of them).
 *
 * - owner, department, organisation unit: of the entry's owner (see `register.ts`);
 * - scope: "global" matches decisions without named regions or units; a region or unit matches
 *   decisions naming it (ignoring case and accents). An action item has the scope of the decision
 *   it carries out; one without a decision passes only when no scope is chosen;
 * - status: per tab; action items may also be filtered to the overdue ones;
 * - date range: inclusive, on the meeting date or on the due date (the user picks which). With a
 *   range on the due date, entries without a due date are left out;
 * - search: every word of the query, ignoring case and accents, in the entry's text;
 * - cascade (decisions): "mine" keeps decided decisions still awaiting the response of the device's
 *   unit (none while no unit is chosen), "overdue" those with a unit's response past its due date.
 */
import type { CalendarInput } from './export/ics';
import { isCascadeOverdue, unitKey } from './cascade';
import { isOverdue, type ActionEntry, type DecisionEntry } from './register';
import { foldForSearch } from './text';
import type { ActionStatus, CalendarDate, DecisionStatus, DepartmentId, Id } from './types';

export type ScopeFilter = { kind: 'any' } | { kind: 'global' } | { kind: 'tag'; tag: string };
export type ActionStatusFilter = ActionStatus | 'overdue';
/** The cascade filter of decisions: awaiting my unit's response, or a unit's response overdue. */
export type CascadeFilter = '' | 'mine' | 'overdue';
/** Which date the date range looks at. */
export type DateField = 'meeting' | 'due';

export interface RegisterFilter {
  ownerId: Id | '';
  departmentId: DepartmentId | '';
  orgUnit: string;
  scope: ScopeFilter;
  decisionStatus: DecisionStatus | '';
  actionStatus: ActionStatusFilter | '';
  dateField: DateField;
  from: CalendarDate | '';
  to: CalendarDate | '';
  query: string;
  cascade: CascadeFilter;
}

/** No filter at all: the whole register. */
export const NO_FILTER: RegisterFilter = {
  ownerId: '',
  departmentId: '',
  orgUnit: '',
  scope: { kind: 'any' },
  decisionStatus: '',
  actionStatus: '',
  dateField: 'meeting',
  from: '',
  to: '',
  query: '',
  cascade: '',
};

/** True when any filter narrows the register (which date the range uses is not a filter by itself). */
export function isFiltered(filter: RegisterFilter): boolean {
  return (
    filter.ownerId !== '' ||
    filter.departmentId !== '' ||
    filter.orgUnit !== '' ||
    filter.scope.kind !== 'any' ||
    filter.decisionStatus !== '' ||
    filter.actionStatus !== '' ||
    filter.from !== '' ||
    filter.to !== '' ||
    filter.query.trim() !== '' ||
    filter.cascade !== ''
  );
}

type Entry = DecisionEntry | ActionEntry;

/** The test every entry must pass, whatever its kind; built once per filter, not per entry. */
function commonTest(filter: RegisterFilter): (entry: Entry, dueDate: CalendarDate | undefined) => boolean {
  const words = foldForSearch(filter.query).split(/\s+/).filter(Boolean);
  const orgUnit = foldForSearch(filter.orgUnit);
  const scope = filter.scope.kind === 'tag' ? foldForSearch(filter.scope.tag) : '';
  return (entry, dueDate) => {
    if (filter.ownerId !== '' && entry.ownerId !== filter.ownerId) return false;
    if (filter.departmentId !== '' && entry.departmentId !== filter.departmentId) return false;
    if (orgUnit !== '' && foldForSearch(entry.orgUnit ?? '') !== orgUnit) return false;
    if (!matchesScope(entry.scope, filter.scope.kind, scope)) return false;
    const date = filter.dateField === 'meeting' ? entry.meetingDate : dueDate;
    if (!inRange(date, filter.from, filter.to)) return false;
    return words.every((word) => entry.search.includes(word));
  };
}

function matchesScope(
  scope: readonly string[] | undefined,
  kind: ScopeFilter['kind'],
  foldedTag: string,
): boolean {
  switch (kind) {
    case 'any':
      return true;
    case 'global':
      return scope !== undefined && scope.length === 0;
    case 'tag':
      return scope !== undefined && scope.some((tag) => foldForSearch(tag) === foldedTag);
  }
}

function inRange(date: CalendarDate | undefined, from: CalendarDate | '', to: CalendarDate | ''): boolean {
  if (from === '' && to === '') return true;
  if (date === undefined || date === '') return false;
  return (from === '' || date >= from) && (to === '' || date <= to);
}

/** What the cascade filter judges against: the local date and the unit this device answers for. */
export interface CascadeView {
  today: CalendarDate;
  myUnit: string;
}

function cascadeTest(
  filter: CascadeFilter,
  view: CascadeView | undefined,
): (entry: DecisionEntry) => boolean {
  if (filter === '') return () => true;
  const today = view?.today ?? '';
  const mine = unitKey(view?.myUnit ?? '');
  return (entry) => {
    if (entry.row.status !== 'decided') return false;
    if (filter === 'overdue')
      return today !== '' && entry.cascade.some((row) => isCascadeOverdue(row, today));
    return (
      mine !== '' && entry.cascade.some((row) => row.response === undefined && unitKey(row.unit) === mine)
    );
  };
}

/** The decisions that pass `filter`, in the order given; `cascade`: for the cascade filter. */
export function filterDecisions(
  entries: readonly DecisionEntry[],
  filter: RegisterFilter,
  cascade?: CascadeView,
): DecisionEntry[] {
  const passes = commonTest(filter);
  const cascadePasses = cascadeTest(filter.cascade ?? '', cascade);
  return entries.filter(
    (entry) =>
      (filter.decisionStatus === '' || entry.row.status === filter.decisionStatus) &&
      cascadePasses(entry) &&
      passes(entry, entry.row.dueDate),
  );
}

/** The action items that pass `filter`, in the order given; "overdue" is judged against `today`. */
export function filterActions(
  entries: readonly ActionEntry[],
  filter: RegisterFilter,
  today: CalendarDate,
): ActionEntry[] {
  const passes = commonTest(filter);
  const status = filter.actionStatus;
  return entries.filter(
    (entry) =>
      (status === '' || (status === 'overdue' ? isOverdue(entry.row, today) : entry.row.status === status)) &&
      passes(entry, entry.row.dueDate),
  );
}

/**
 * What the calendar export of a filtered view holds: the due dates of its action items and the
 * review dates of its decisions, leaving out dropped action items and revoked or superseded
 * decisions, which nobody needs reminding of any more.
 */
export function calendarOf(
  decisions: readonly DecisionEntry[],
  actions: readonly ActionEntry[],
): CalendarInput {
  return {
    decisions: decisions
      .map((entry) => entry.row)
      .filter((row) => row.status !== 'revoked' && row.status !== 'superseded'),
    actions: actions.map((entry) => entry.row).filter((row) => row.status !== 'dropped'),
  };
}
