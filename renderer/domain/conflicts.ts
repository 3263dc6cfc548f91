/**
 * Rules for the conflict log (docs/product.md success factor 3): every point of friction is logged on the
 * content level (Sachebene) or the relationship level (Beziehungsebene). Conflict is productive while
 * it stays on the content level, so a relationship point can be reframed into a content question,
 * and the balance of the two levels is watched live. Pure functions: clock and ids are parameters.
 */
import { LIMITS } from './limits';
import { compareInstants } from './calendar';
import type {
  ConflictLevel,
  ConflictPoint,
  ConflictStatus,
  ContentCategory,
  DepartmentId,
  Id,
  RelationshipCategory,
  Timestamp,
} from './types';

export const MAX_STATEMENT_LENGTH = LIMITS.conflictPoint.statement;
export const MAX_POSITION_LENGTH = LIMITS.conflictPoint.position;
export const MAX_RESOLUTION_LENGTH = LIMITS.conflictPoint.resolution;

export type ConflictCategory = ContentCategory | RelationshipCategory;

export const CONTENT_CATEGORIES: readonly ContentCategory[] = [
  'goals',
  'facts-figures',
  'priorities',
  'budget-resources',
  'process-responsibilities',
  'customers-market',
];

export const RELATIONSHIP_CATEGORIES: readonly RelationshipCategory[] = [
  'power-status',
  'trust',
  'communication-style',
  'recognition-blame',
  'territory',
];

/** The categories that belong to a level. */
export function categoriesOf(level: ConflictLevel): readonly ConflictCategory[] {
  return level === 'content' ? CONTENT_CATEGORIES : RELATIONSHIP_CATEGORIES;
}

/** What the capture form collects. Empty strings mean "not given" (or, for `level`, not yet chosen). */
export interface ConflictDraft {
  statement: string;
  level: ConflictLevel | '';
  category: ConflictCategory | '';
  departmentId: DepartmentId | '';
  personId: Id | '';
  positionMarketing: string;
  positionSales: string;
  agendaItemId: Id | '';
  private: boolean;
}

/** Why a draft or a change was refused; the UI translates each code. */
export type ConflictFieldError =
  | { field: 'statement'; code: 'statement-empty' | 'statement-too-long' }
  | { field: 'level'; code: 'level-missing' }
  | { field: 'category'; code: 'category-mismatch' }
  | { field: 'positionMarketing' | 'positionSales'; code: 'position-too-long' }
  | { field: 'resolution'; code: 'resolution-empty' | 'resolution-too-long' }
  | { field: 'status'; code: 'status-refused' };

/** A checked draft: trimmed texts, a chosen level, and the optional links left out when not given. */
export interface CheckedConflict {
  statement: string;
  level: ConflictLevel;
  category?: ConflictCategory;
  departmentId?: DepartmentId;
  personId?: Id;
  positionMarketing: string;
  positionSales: string;
  agendaItemId?: Id;
  private: boolean;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: ConflictFieldError[] };

/** Checks every field of a draft and reports all problems at once. */
export function checkConflictDraft(draft: ConflictDraft): Outcome<CheckedConflict> {
  const errors: ConflictFieldError[] = [];
  const statement = draft.statement.trim();
  if (statement === '') errors.push({ field: 'statement', code: 'statement-empty' });
  else if (statement.length > MAX_STATEMENT_LENGTH)
    errors.push({ field: 'statement', code: 'statement-too-long' });
  if (draft.level === '') errors.push({ field: 'level', code: 'level-missing' });
  else if (draft.category !== '' && !categoriesOf(draft.level).includes(draft.category))
    errors.push({ field: 'category', code: 'category-mismatch' });
  const positionMarketing = draft.positionMarketing.trim();
  const positionSales = draft.positionSales.trim();
  if (positionMarketing.length > MAX_POSITION_LENGTH)
    errors.push({ field: 'positionMarketing', code: 'position-too-long' });
  if (positionSales.length > MAX_POSITION_LENGTH)
    errors.push({ field: 'positionSales', code: 'position-too-long' });
  if (errors.length > 0 || draft.level === '') return { ok: false, errors };
  const value: CheckedConflict = {
    statement,
    level: draft.level,
    positionMarketing,
    positionSales,
    private: draft.private,
  };
  if (draft.category !== '') value.category = draft.category;
  if (draft.departmentId !== '') value.departmentId = draft.departmentId;
  if (draft.personId !== '') value.personId = draft.personId;
  if (draft.agendaItemId !== '') value.agendaItemId = draft.agendaItemId;
  return { ok: true, value };
}

/** A new open point of a meeting, from a checked draft. */
export function newConflictPoint(
  meetingId: Id,
  checked: CheckedConflict,
  context: { now: Timestamp; newId: () => Id },
): ConflictPoint {
  const point: ConflictPoint = {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    meetingId,
    statement: checked.statement,
    level: checked.level,
    positionMarketing: checked.positionMarketing,
    positionSales: checked.positionSales,
    status: 'open',
    resolution: '',
    private: checked.private,
  };
  if (checked.category !== undefined) point.category = checked.category;
  if (checked.departmentId !== undefined) point.raisedByDepartmentId = checked.departmentId;
  if (checked.personId !== undefined) point.raisedByPersonId = checked.personId;
  if (checked.agendaItemId !== undefined) point.agendaItemId = checked.agendaItemId;
  return point;
}

/** A change of status the user asks for; `reframed` is reached only through `reframe`. */
export type StatusChange = { to: 'resolved'; resolution: string } | { to: 'open' | 'parked' | 'escalated' };

/**
 * The status changes the log allows. A resolved, parked or escalated point can be reopened; a
 * reframed point is final, because its content question carries the conversation on.
 */
const ALLOWED: Record<ConflictStatus, readonly StatusChange['to'][]> = {
  open: ['resolved', 'parked', 'escalated'],
  parked: ['open'],
  escalated: ['open'],
  resolved: ['open'],
  reframed: [],
};

/** True when a point in status `from` may be changed to `to` by `changeStatus`. */
export function canChangeStatus(from: ConflictStatus, to: StatusChange['to']): boolean {
  return ALLOWED[from].includes(to);
}

/** True when a point may be reframed: an open, live relationship point. */
export function canReframe(point: Pick<ConflictPoint, 'level' | 'status' | 'deletedAt'>): boolean {
  return point.level === 'relationship' && point.status === 'open' && point.deletedAt === undefined;
}

/**
 * The point after a status change, or why it was refused. Resolving needs the resolution text;
 * reopening clears it, so an open point never shows an outcome it no longer has.
 */
export function changeStatus(
  point: ConflictPoint,
  change: StatusChange,
  now: Timestamp,
): Outcome<ConflictPoint> {
  if (!canChangeStatus(point.status, change.to))
    return { ok: false, errors: [{ field: 'status', code: 'status-refused' }] };
  if (change.to !== 'resolved') {
    const resolution = change.to === 'open' ? '' : point.resolution;
    return { ok: true, value: { ...point, status: change.to, resolution, updatedAt: now } };
  }
  const resolution = change.resolution.trim();
  if (resolution === '') return { ok: false, errors: [{ field: 'resolution', code: 'resolution-empty' }] };
  if (resolution.length > MAX_RESOLUTION_LENGTH)
    return { ok: false, errors: [{ field: 'resolution', code: 'resolution-too-long' }] };
  return { ok: true, value: { ...point, status: 'resolved', resolution, updatedAt: now } };
}

/** The content question's form: a draft without a level, because a reframe always yields content. */
export type ReframeDraft = Omit<ConflictDraft, 'level'>;

/**
 * Reframes an open relationship point as a content question: a new content point that links back
 * to it, and the relationship point marked reframed, linked forward. Both are written together.
 */
export function reframe(
  point: ConflictPoint,
  draft: ReframeDraft,
  context: { now: Timestamp; newId: () => Id },
): Outcome<{ relationship: ConflictPoint; content: ConflictPoint }> {
  if (!canReframe(point)) return { ok: false, errors: [{ field: 'status', code: 'status-refused' }] };
  const checked = checkConflictDraft({ ...draft, level: 'content' });
  if (!checked.ok) return checked;
  const content = { ...newConflictPoint(point.meetingId, checked.value, context), reframedFromId: point.id };
  const relationship: ConflictPoint = {
    ...point,
    status: 'reframed',
    reframedAsId: content.id,
    updatedAt: context.now,
  };
  return { ok: true, value: { relationship, content } };
}

/** The live points (not deleted), newest first; only those of one agenda item when it is given. */
export function visibleConflicts(points: readonly ConflictPoint[], agendaItemId?: Id): ConflictPoint[] {
  return points
    .filter(
      (point) =>
        point.deletedAt === undefined && (agendaItemId === undefined || point.agendaItemId === agendaItemId),
    )
    .sort((a, b) => compareInstants(b.createdAt, a.createdAt));
}

/** How many live points there are on each level; `openRelationship` counts those still open. */
export interface ConflictBalance {
  content: number;
  relationship: number;
  total: number;
  openRelationship: number;
}

/**
 * The content/relationship balance of the live points, for one agenda item or (without one) the
 * whole meeting. Reframed relationship points still count on their level: they were raised so.
 */
export function balance(points: readonly ConflictPoint[], agendaItemId?: Id): ConflictBalance {
  const result: ConflictBalance = { content: 0, relationship: 0, total: 0, openRelationship: 0 };
  for (const point of points) {
    if (point.deletedAt !== undefined) continue;
    if (agendaItemId !== undefined && point.agendaItemId !== agendaItemId) continue;
    result.total += 1;
    if (point.level === 'content') result.content += 1;
    else {
      result.relationship += 1;
      if (point.status === 'open') result.openRelationship += 1;
    }
  }
  return result;
}

/** The live points of a meeting or of an item on each level; `openRelationship` those still open. */
export interface LevelCounts {
  content: number;
  relationship: number;
  openRelationship: number;
}

/** Open relationship points in the meeting from which the log suggests reframing. */
export const NUDGE_OPEN_RELATIONSHIP = 3;
/** The share of relationship points in one item above which the log suggests reframing. */
export const NUDGE_ITEM_SHARE = 0.4;
/** Fewer points than this in an item are too few to speak of a share. */
export const NUDGE_ITEM_MINIMUM = 3;

export type Nudge =
  { reason: 'open-relationship'; count: number } | { reason: 'item-share'; percent: number };

/**
 * Whether to suggest moving back to the content level: when relationship points pile up open in
 * the meeting, or make up more than 40 % of at least three points in the current item.
 */
export function nudge(meeting: ConflictBalance, item?: ConflictBalance): Nudge | null {
  if (meeting.openRelationship >= NUDGE_OPEN_RELATIONSHIP)
    return { reason: 'open-relationship', count: meeting.openRelationship };
  if (item && item.total >= NUDGE_ITEM_MINIMUM && item.relationship / item.total > NUDGE_ITEM_SHARE)
    return { reason: 'item-share', percent: Math.round((item.relationship / item.total) * 100) };
  return null;
}
