/**
 * The register's filters in the address: `#/register/actions?unit=Sales+Iberia&status=overdue`.
 * Only what narrows the list is written, and only what the tab uses (the status of the other tab is
 * left out). Reading is forgiving: an unknown key or a value that cannot be (a status that does not
 * exist, a date that is not one) is ignored, so an edited or old link never breaks the screen.
 */
import { ACTION_STATUSES } from './actions';
import { isCalendarDate } from './calendar';
import { NO_FILTER, type ActionStatusFilter, type RegisterFilter } from './register-filter';
import type { DecisionStatus, SavedRegisterView } from './types';

export type RegisterTabName = 'decisions' | 'actions' | 'agreements';

const DECISION_STATUSES: readonly DecisionStatus[] = ['proposed', 'decided', 'superseded', 'revoked'];
const ACTION_STATUS_FILTERS: readonly ActionStatusFilter[] = ['overdue', ...ACTION_STATUSES];
/** Longer values are not ones the screen could have written. */
const MAX_VALUE = 200;

/** The query string (without "?") of a tab's filter; empty when nothing is filtered. */
export function registerQueryOf(filter: RegisterFilter, tab: RegisterTabName): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string) => {
    if (value.trim() !== '') params.set(key, value);
  };
  put('q', filter.query);
  put('owner', filter.ownerId);
  put('department', filter.departmentId);
  put('unit', filter.orgUnit);
  if (filter.scope.kind === 'global') params.set('scope', 'global');
  if (filter.scope.kind === 'tag') put('scope', `tag:${filter.scope.tag}`);
  put('status', tab === 'decisions' ? filter.decisionStatus : filter.actionStatus);
  if (tab === 'decisions') put('cascade', filter.cascade);
  if (filter.dateField === 'due') params.set('date', 'due');
  put('from', filter.from);
  put('to', filter.to);
  return params.toString();
}

/** The filter a query string asks for, ignoring whatever is not valid. */
export function registerFilterOf(query: string, tab: RegisterTabName): RegisterFilter {
  const params = new URLSearchParams(query);
  const get = (key: string) => {
    const value = params.get(key) ?? '';
    return value.length <= MAX_VALUE ? value : '';
  };
  const filter: RegisterFilter = { ...NO_FILTER };
  filter.query = get('q');
  filter.ownerId = get('owner');
  filter.departmentId = get('department');
  filter.orgUnit = get('unit');
  const scope = get('scope');
  if (scope === 'global') filter.scope = { kind: 'global' };
  else if (scope.startsWith('tag:') && scope.length > 4) filter.scope = { kind: 'tag', tag: scope.slice(4) };
  const status = get('status');
  if (tab === 'decisions') filter.decisionStatus = DECISION_STATUSES.find((s) => s === status) ?? '';
  else filter.actionStatus = ACTION_STATUS_FILTERS.find((s) => s === status) ?? '';
  const cascade = get('cascade');
  if (tab === 'decisions' && (cascade === 'mine' || cascade === 'overdue')) filter.cascade = cascade;
  if (get('date') === 'due') filter.dateField = 'due';
  const from = get('from');
  const to = get('to');
  if (isCalendarDate(from)) filter.from = from;
  if (isCalendarDate(to)) filter.to = to;
  return filter;
}

/** Reads the tab from the address; anything else is the decisions tab. The agreements tab has its own filters (ledger-register.ts). */
export function registerTabOf(value: string | undefined): RegisterTabName {
  return value === 'actions' || value === 'agreements' ? value : 'decisions';
}

export const VIEW_NAME_MAX = 60;
export type ViewNameError = 'view-name-empty' | 'view-name-too-long' | 'view-name-taken';

/** Why a name cannot be used for a view (`exceptId`: the view being renamed); `null` when it can. */
export function viewNameError(
  name: string,
  views: readonly SavedRegisterView[],
  exceptId?: string,
): ViewNameError | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'view-name-empty';
  if (trimmed.length > VIEW_NAME_MAX) return 'view-name-too-long';
  const folded = trimmed.toLocaleLowerCase();
  if (views.some((view) => view.id !== exceptId && view.name.trim().toLocaleLowerCase() === folded))
    return 'view-name-taken';
  return null;
}

/** Stored views as far as they can be read; a malformed entry is dropped. */
export function savedViewsOf(value: unknown): SavedRegisterView[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (view): view is SavedRegisterView =>
      typeof view === 'object' &&
      view !== null &&
      typeof view.id === 'string' &&
      typeof view.name === 'string' &&
      (view.tab === 'decisions' || view.tab === 'actions') &&
      typeof view.query === 'string',
  );
}
