/**
 * The write path for templates and for meetings made from a template. Built-in templates live in
 * code (renderer/domain/templates.ts); the `templates` table holds only the user's own, which are
 * deleted softly. A meeting and its agenda are written in one transaction, so a failure leaves no
 * half-made meeting behind.
 */
import {
  checkMeetingDraft,
  newMeeting,
  type MeetingDraft,
  type MeetingFieldError,
} from '../../domain/meetings';
import { agendaItemsFromTemplate, templateFromAgenda, type TemplateError } from '../../domain/template-rules';
import { builtInTemplate } from '../../domain/templates';
import type { AgendaItem, Id, Meeting, Template } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';

export type TemplateOutcome<T> =
  { ok: true; value: T } | { ok: false; errors: Array<MeetingFieldError | TemplateError> };

export interface TemplatesRepository {
  /** Creates a planned meeting with the template's duration, ground rules and agenda. */
  createMeetingFromTemplate(
    draft: MeetingDraft,
    templateId: Id,
  ): Promise<TemplateOutcome<{ meeting: Meeting; agendaItems: AgendaItem[] }>>;
  /** Stores the meeting's current agenda as a new user template. */
  saveAgendaAsTemplate(meetingId: Id, name: string): Promise<TemplateOutcome<Template>>;
  /** Marks a user template deleted; built-in templates are refused. */
  deleteTemplate(id: Id): Promise<TemplateOutcome<Template>>;
  /** Undoes a deletion. */
  restoreTemplate(id: Id): Promise<TemplateOutcome<Template>>;
}

type Refusal = Extract<TemplateOutcome<never>, { ok: false }>;

function refuse(error: MeetingFieldError | TemplateError): Refusal {
  return { ok: false, errors: [error] };
}

export function templatesRepository(db: TandemDatabase, context: WriteContext): TemplatesRepository {
  /** A template a meeting can be made from: a built-in, or a stored one that is not deleted. */
  async function usableTemplate(id: Id): Promise<Template | undefined> {
    const builtIn = builtInTemplate(id);
    if (builtIn) return builtIn;
    const stored = await db.templates.get(id);
    return stored && stored.deletedAt === undefined ? stored : undefined;
  }

  return {
    async createMeetingFromTemplate(draft, templateId) {
      const checked = checkMeetingDraft(draft);
      if (!checked.ok) return checked;
      return db.transaction('rw', [db.meetings, db.agendaItems, db.templates], async () => {
        const template = await usableTemplate(templateId);
        if (!template) return refuse({ field: 'template', code: 'template-unknown' });
        const now = context.now();
        const meeting: Meeting = {
          ...newMeeting(checked.value, { now, newId: context.newId }),
          durationMinutes: template.durationMinutes,
          groundRules: [...template.groundRules],
          templateId: template.id,
        };
        const agendaItems = agendaItemsFromTemplate(template, meeting.id, { now, newId: context.newId });
        await db.meetings.add(meeting);
        await db.agendaItems.bulkAdd(agendaItems);
        return { ok: true as const, value: { meeting, agendaItems } };
      });
    },

    async saveAgendaAsTemplate(meetingId, name) {
      return db.transaction('rw', [db.meetings, db.agendaItems, db.templates], async () => {
        const meeting = await db.meetings.get(meetingId);
        if (!meeting || meeting.deletedAt !== undefined)
          return refuse({ field: 'meeting', code: 'meeting-unknown' });
        const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
        const made = templateFromAgenda(
          { name, meeting, items },
          { now: context.now(), newId: context.newId },
        );
        if (made.ok) await db.templates.add(made.value);
        return made;
      });
    },

    async deleteTemplate(id) {
      if (builtInTemplate(id)) return refuse({ field: 'template', code: 'template-built-in' });
      return db.transaction('rw', db.templates, async () => {
        const stored = await db.templates.get(id);
        if (!stored) return refuse({ field: 'template', code: 'template-unknown' });
        if (stored.deletedAt !== undefined) return { ok: true as const, value: stored };
        const now = context.now();
        const deleted = { ...stored, deletedAt: now, updatedAt: now };
        await db.templates.put(deleted);
        return { ok: true as const, value: deleted };
      });
    },

    async restoreTemplate(id) {
      if (builtInTemplate(id)) return refuse({ field: 'template', code: 'template-built-in' });
      return db.transaction('rw', db.templates, async () => {
        const stored = await db.templates.get(id);
        if (!stored) return refuse({ field: 'template', code: 'template-unknown' });
        const { deletedAt: _deletedAt, ...rest } = stored;
        const restored = { ...rest, updatedAt: context.now() };
        await db.templates.put(restored);
        return { ok: true as const, value: restored };
      });
    },
  };
}
