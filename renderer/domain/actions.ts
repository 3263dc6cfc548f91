/**
 * Rules for action items (docs/product.md success factor 4): what, who, by when, through which channel,
 * linked to a decision or an agenda item. Pure functions: the clock and the id source are
 * parameters. An owner and a due date may be left out while the meeting runs, but such items are
 * flagged so they get fixed before the minutes go out. Success factor 5 ("talk more, write less")
 * is the reason for `suggestsTalking`: an action that only informs someone is often better said.
 */
import { LIMITS } from './limits';
import { compareInstants, isCalendarDate } from './calendar';
import { cleanLine, foldForSearch } from './text';
import type { ActionChannel, ActionItem, ActionStatus, CalendarDate, Id, Timestamp } from './types';

/** The longest "what" the app accepts. */
export const MAX_ACTION_LENGTH = LIMITS.actionItem.what;

export const ACTION_CHANNELS: readonly ActionChannel[] = ['in-person', 'call', 'email', 'document'];
export const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'done', 'dropped'];

/** What the Add action item form collects. Empty strings mean "not given". */
export interface ActionDraft {
  what: string;
  ownerPersonId: Id | '';
  dueDate: string;
  channel: ActionChannel | '';
  decisionId: Id | '';
  agendaItemId: Id | '';
}

/** Why a draft was refused; the UI translates each code. */
export type ActionFieldError =
  { field: 'what'; code: 'what-empty' | 'what-too-long' } | { field: 'dueDate'; code: 'due-date-invalid' };

/** A draft after checking: the text cleaned, the optional fields left out when not given. */
export interface CheckedAction {
  what: string;
  ownerPersonId?: Id;
  dueDate?: CalendarDate;
  channel?: ActionChannel;
  decisionId?: Id;
  agendaItemId?: Id;
}

export type ActionCheck = { ok: true; value: CheckedAction } | { ok: false; errors: ActionFieldError[] };

/** Checks every field of a draft and reports all problems at once. */
export function checkActionDraft(draft: ActionDraft): ActionCheck {
  const errors: ActionFieldError[] = [];
  const what = cleanLine(draft.what);
  const dueDate = draft.dueDate.trim();
  if (what === '') errors.push({ field: 'what', code: 'what-empty' });
  else if (what.length > MAX_ACTION_LENGTH) errors.push({ field: 'what', code: 'what-too-long' });
  if (dueDate !== '' && !isCalendarDate(dueDate)) errors.push({ field: 'dueDate', code: 'due-date-invalid' });
  if (errors.length > 0) return { ok: false, errors };
  const value: CheckedAction = { what };
  if (draft.ownerPersonId !== '') value.ownerPersonId = draft.ownerPersonId;
  if (dueDate !== '') value.dueDate = dueDate;
  if (draft.channel !== '') value.channel = draft.channel;
  if (draft.decisionId !== '') value.decisionId = draft.decisionId;
  if (draft.agendaItemId !== '') value.agendaItemId = draft.agendaItemId;
  return { ok: true, value };
}

/** Opening words of an action that only passes something on, in English and German. */
const INFORMING_WORDS = ['inform', 'send', 'schick', 'mail', 'e-mail', 'forward', 'weiterleit'];

/**
 * True when an action looks like it only informs someone, so the app may gently ask whether it
 * could be said in person or in a call instead: the channel is email or a document, or (with no
 * channel chosen) the text starts with a word such as "inform", "informieren", "send", "schicken".
 * A chosen in-person or call channel is already talking, so it never nudges.
 */
export function suggestsTalking(draft: Pick<ActionDraft, 'what' | 'channel'>): boolean {
  if (draft.channel === 'email' || draft.channel === 'document') return true;
  if (draft.channel !== '') return false;
  const first = foldForSearch(draft.what.trim()).split(/\s+/)[0] ?? '';
  return first !== '' && INFORMING_WORDS.some((word) => first.startsWith(word));
}

/** Builds a new open action item of a meeting from a checked draft. */
export function newActionItem(
  meetingId: Id,
  checked: CheckedAction,
  context: { now: Timestamp; newId: () => Id },
): ActionItem {
  return {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    meetingId,
    status: 'open',
    ...checked,
  };
}

/** The item with a new status; the same item when nothing changes. */
export function withActionStatus(item: ActionItem, status: ActionStatus, now: Timestamp): ActionItem {
  return item.status === status ? item : { ...item, status, updatedAt: now };
}

/** What is missing before an open item is fit for the minutes: an owner, a due date, or both. */
export function actionGaps(item: ActionItem): ('owner' | 'dueDate')[] {
  if (item.status !== 'open') return [];
  const gaps: ('owner' | 'dueDate')[] = [];
  if (item.ownerPersonId === undefined) gaps.push('owner');
  if (item.dueDate === undefined) gaps.push('dueDate');
  return gaps;
}

const STATUS_ORDER: Record<ActionStatus, number> = { open: 0, done: 1, dropped: 2 };

/** The live (not deleted) items, open ones first, then done, then dropped; oldest first in each. */
export function actionsOpenFirst(items: readonly ActionItem[]): ActionItem[] {
  return items
    .filter((item) => item.deletedAt === undefined)
    .sort(
      (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || compareInstants(a.createdAt, b.createdAt),
    );
}
