/**
 * The only write path for meetings. Each method checks the input with the domain rules first and
 * changes nothing when it is refused. Deletion is soft, so it can be undone and so that minutes,
 * registers and series that reference the meeting stay intact.
 */
import { orderedAgenda } from '../../domain/agenda';
import { checkGroundRules, restoreGroundRule, type GroundRulesError } from '../../domain/ground-rules';
import {
  checkDetailChange,
  detailText,
  type DetailChange,
  type DetailError,
} from '../../domain/meeting-details';
import {
  checkMeetingDraft,
  checkTitle,
  newMeeting,
  type MeetingDraft,
  type MeetingFieldError,
} from '../../domain/meetings';
import type { Id, Meeting } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { softDeletion } from './soft-delete';
import { stale, type Stale } from './stale';

export type WriteOutcome<T> = { ok: true; value: T } | { ok: false; errors: MeetingFieldError[] };

/** A saved detail comes back as stored (`detailText`); a stale one carries the stored text. */
export type DetailOutcome = { ok: true; stored: string } | { ok: false; error: DetailError } | Stale<string>;

/** A saved list comes back as stored; a stale one carries the list stored now. */
export type GroundRulesOutcome =
  { ok: true; stored: string[] } | { ok: false; error: GroundRulesError } | Stale<string[]>;

export interface MeetingsRepository {
  create(draft: MeetingDraft): Promise<WriteOutcome<Meeting>>;
  rename(id: Id, title: string): Promise<WriteOutcome<Meeting>>;
  /**
   * Saves one detail if it is valid; a refused change writes nothing. `base`: the detail as the
   * field last saw it stored (`detailText`); refused as stale when it differs now.
   */
  updateDetail(id: Id, change: DetailChange, base?: string): Promise<DetailOutcome>;
  /**
   * Stores the list if every rule checks and there are not too many; otherwise changes nothing.
   * `base`: the list as the section last knew it stored; refused as stale when it differs now.
   */
  setGroundRules(id: Id, rules: string[], base?: readonly string[]): Promise<GroundRulesOutcome>;
  /** Puts a removed ground rule back at its place (see `restoreGroundRule`); returns the new list. */
  restoreGroundRule(id: Id, rule: string, index: number): Promise<string[]>;
  softDelete(id: Id): Promise<void>;
  restore(id: Id): Promise<void>;
}

export function meetingsRepository(db: TandemDatabase, context: WriteContext): MeetingsRepository {
  return {
    ...softDeletion(db, db.meetings, context),
    async create(draft) {
      const checked = checkMeetingDraft(draft);
      if (!checked.ok) return checked;
      const meeting = newMeeting(checked.value, { now: context.now(), newId: context.newId });
      await db.meetings.add(meeting);
      return { ok: true, value: meeting };
    },

    async rename(id, title) {
      const checked = checkTitle(title);
      if (!checked.ok) return { ok: false, errors: [checked.error] };
      return db.transaction('rw', db.meetings, async () => {
        const meeting = await db.meetings.get(id);
        if (!meeting) throw new Error(`No meeting ${id}`);
        const renamed = { ...meeting, title: checked.title, updatedAt: context.now() };
        await db.meetings.put(renamed);
        return { ok: true as const, value: renamed };
      });
    },

    updateDetail(id, change, base) {
      return db.transaction('rw', db.meetings, db.agendaItems, async (): Promise<DetailOutcome> => {
        const meeting = await db.meetings.get(id);
        if (!meeting) throw new Error(`No meeting ${id}`);
        const before = detailText(meeting, change.field);
        if (base !== undefined && before !== base) return stale(before);
        const agenda = orderedAgenda(await db.agendaItems.where('meetingId').equals(id).toArray());
        const agendaMinutes = agenda.reduce((sum, item) => sum + item.timeboxMinutes, 0);
        const checked = checkDetailChange(change, agendaMinutes);
        if (!checked.ok) return checked;
        const updated = { ...meeting, ...checked.patch, updatedAt: context.now() };
        await db.meetings.put(updated);
        return { ok: true, stored: detailText(updated, change.field) };
      });
    },

    setGroundRules(id, rules, base) {
      const checked = checkGroundRules(rules);
      if (!checked.ok) return Promise.resolve(checked);
      return db.transaction('rw', db.meetings, async (): Promise<GroundRulesOutcome> => {
        const meeting = await db.meetings.get(id);
        if (!meeting) throw new Error(`No meeting ${id}`);
        if (base !== undefined && meeting.groundRules.join('\n') !== base.join('\n'))
          return stale(meeting.groundRules);
        await db.meetings.put({ ...meeting, groundRules: checked.value, updatedAt: context.now() });
        return { ok: true, stored: checked.value };
      });
    },

    restoreGroundRule(id, rule, index) {
      return db.transaction('rw', db.meetings, async () => {
        const meeting = await db.meetings.get(id);
        if (!meeting) throw new Error(`No meeting ${id}`);
        const groundRules = restoreGroundRule(meeting.groundRules, rule, index);
        await db.meetings.update(id, { groundRules, updatedAt: context.now() });
        return groundRules;
      });
    },
  };
}
