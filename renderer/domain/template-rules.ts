/**
 * Turning a template into an agenda and an agenda back into a template. Pure functions: the clock
 * and the id source are parameters, so tests are exact.
 */
import { LIMITS } from './limits';
import { cleanLine } from './text';
import type { AgendaItem, Id, Meeting, Template, TemplateAgendaItem, Timestamp } from './types';

/** The longest template name the app accepts; it has to fit a menu entry. */
export const MAX_TEMPLATE_NAME_LENGTH = LIMITS.template.name;
/** The timebox limits of an agenda item, in minutes (the same as the agenda editor's). */
export const MIN_TEMPLATE_TIMEBOX = LIMITS.template.timeboxMinutes.min;
export const MAX_TEMPLATE_TIMEBOX = LIMITS.template.timeboxMinutes.max;

/** Why a template could not be made, used or deleted; the UI translates each code. */
export type TemplateError =
  | { field: 'name'; code: 'name-empty' | 'name-too-long' }
  | { field: 'agenda'; code: 'agenda-empty' }
  | { field: 'template'; code: 'template-unknown' | 'template-built-in' }
  | { field: 'meeting'; code: 'meeting-unknown' };

export type TemplateCheck = { ok: true; value: Template } | { ok: false; errors: TemplateError[] };

interface Context {
  now: Timestamp;
  newId: () => Id;
}

/** Checks a template name as typed and returns it cleaned to one line. */
export function checkTemplateName(
  raw: string,
): { ok: true; value: string } | { ok: false; error: TemplateError } {
  const name = cleanLine(raw);
  if (name === '') return { ok: false, error: { field: 'name', code: 'name-empty' } };
  if (name.length > MAX_TEMPLATE_NAME_LENGTH)
    return { ok: false, error: { field: 'name', code: 'name-too-long' } };
  return { ok: true, value: name };
}

/** The agenda of a new meeting from a template: pending items at positions 1..n, in template order. */
export function agendaItemsFromTemplate(
  template: Pick<Template, 'agenda'>,
  meetingId: Id,
  context: Context,
): AgendaItem[] {
  return template.agenda.map((item, index) => ({
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    meetingId,
    position: index + 1,
    title: item.title,
    description: item.description,
    kind: item.kind,
    presenterIds: [],
    timeboxMinutes: item.timeboxMinutes,
    status: 'pending',
    spans: [],
    extensions: [],
    notes: '',
  }));
}

/** A whole number of minutes within the limits, so a saved template is always a valid plan. */
function clampTimebox(minutes: number): number {
  if (!Number.isFinite(minutes)) return MIN_TEMPLATE_TIMEBOX;
  return Math.min(MAX_TEMPLATE_TIMEBOX, Math.max(MIN_TEMPLATE_TIMEBOX, Math.round(minutes)));
}

/**
 * A user template from a meeting's agenda: the meeting's live items in position order (deleted
 * items and items of other meetings are left out), its language and ground rules. The duration is
 * the meeting's, or the sum of the timeboxes when that is longer. Reports every problem at once.
 */
export function templateFromAgenda(
  input: { name: string; meeting: Meeting; items: readonly AgendaItem[] },
  context: Context,
): TemplateCheck {
  const errors: TemplateError[] = [];
  const name = checkTemplateName(input.name);
  if (!name.ok) errors.push(name.error);
  const agenda: TemplateAgendaItem[] = input.items
    .filter((item) => item.deletedAt === undefined && item.meetingId === input.meeting.id)
    .sort((a, b) => a.position - b.position)
    .map((item) => ({
      title: item.title,
      description: item.description,
      kind: item.kind,
      timeboxMinutes: clampTimebox(item.timeboxMinutes),
    }));
  if (agenda.length === 0) errors.push({ field: 'agenda', code: 'agenda-empty' });
  if (!name.ok || errors.length > 0) return { ok: false, errors };
  const planned = agenda.reduce((sum, item) => sum + item.timeboxMinutes, 0);
  return {
    ok: true,
    value: {
      id: context.newId(),
      createdAt: context.now,
      updatedAt: context.now,
      name: name.value,
      language: input.meeting.language,
      builtIn: false,
      durationMinutes: Math.min(
        LIMITS.meeting.durationMinutes.max,
        Math.max(input.meeting.durationMinutes, planned),
      ),
      agenda,
      groundRules: [...input.meeting.groundRules],
    },
  };
}
