/**
 * The only write path for the glossary of agreed definitions and for attaching them to meetings.
 * The check for a duplicate term reads the glossary inside the same transaction as the write, so
 * two windows cannot both add "Qualified lead". Deletion is soft: a deleted definition stays in the
 * meetings that used it (hidden there) and comes back with them on undo.
 */
import {
  checkDefinitionDraft,
  findTermOwner,
  newDefinition,
  reviseDefinition,
  withDefinitionId,
  withoutDefinitionId,
  type DefinitionDraft,
  type DefinitionFieldError,
} from '../../domain/definitions';
import type { Definition, Id, Timestamp } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { changedSince, stale, type Stale } from './stale';

export type DefinitionOutcome =
  { ok: true; value: Definition } | { ok: false; errors: DefinitionFieldError[] };
export type DefinitionEditOutcome = DefinitionOutcome | Stale<Definition>;

export interface DefinitionsRepository {
  create(draft: DefinitionDraft): Promise<DefinitionOutcome>;
  /** Creates a definition agreed in this meeting and attaches it, in one transaction. */
  createAndAttach(
    meetingId: Id,
    draft: Omit<DefinitionDraft, 'agreedInMeetingId'>,
  ): Promise<DefinitionOutcome>;
  /** `base`: the `updatedAt` the edit started from; refused as stale when the definition changed since. */
  update(id: Id, draft: DefinitionDraft, base?: Timestamp): Promise<DefinitionEditOutcome>;
  softDelete(id: Id): Promise<void>;
  /** Brings a deleted definition back, unless its term was taken again in the meantime. */
  restore(id: Id): Promise<DefinitionOutcome>;
  /** Adds the definition to the meeting; attaching it again changes nothing. */
  attach(meetingId: Id, definitionId: Id): Promise<void>;
  detach(meetingId: Id, definitionId: Id): Promise<void>;
}

export function definitionsRepository(db: TandemDatabase, context: WriteContext): DefinitionsRepository {
  async function add(draft: DefinitionDraft): Promise<DefinitionOutcome> {
    const checked = checkDefinitionDraft(draft, await db.definitions.toArray());
    if (!checked.ok) return checked;
    const definition = newDefinition(checked.value, { now: context.now(), newId: context.newId });
    await db.definitions.add(definition);
    return { ok: true, value: definition };
  }

  async function updateIds(meetingId: Id, revise: (ids: readonly Id[]) => Id[]): Promise<void> {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error(`No meeting ${meetingId}`);
    const definitionIds = revise(meeting.definitionIds);
    if (definitionIds.join() === meeting.definitionIds.join()) return;
    await db.meetings.put({ ...meeting, definitionIds, updatedAt: context.now() });
  }

  return {
    create(draft) {
      return db.transaction('rw', db.definitions, () => add(draft));
    },

    createAndAttach(meetingId, draft) {
      return db.transaction('rw', db.definitions, db.meetings, async () => {
        const outcome = await add({ ...draft, agreedInMeetingId: meetingId });
        if (outcome.ok) await updateIds(meetingId, (ids) => withDefinitionId(ids, outcome.value.id));
        return outcome;
      });
    },

    update(id, draft, base) {
      return db.transaction('rw', db.definitions, async (): Promise<DefinitionEditOutcome> => {
        const definition = await db.definitions.get(id);
        if (!definition) throw new Error(`No definition ${id}`);
        if (changedSince(definition, base)) return stale(definition);
        const checked = checkDefinitionDraft(draft, await db.definitions.toArray(), id);
        if (!checked.ok) return checked;
        const revised = reviseDefinition(definition, checked.value, context.now());
        await db.definitions.put(revised);
        return { ok: true as const, value: revised };
      });
    },

    async softDelete(id) {
      await db.definitions.update(id, { deletedAt: context.now(), updatedAt: context.now() });
    },

    restore(id) {
      return db.transaction('rw', db.definitions, async () => {
        const definition = await db.definitions.get(id);
        if (!definition) throw new Error(`No definition ${id}`);
        if (findTermOwner(definition.term, await db.definitions.toArray(), id))
          return { ok: false as const, errors: [{ field: 'term' as const, code: 'term-taken' as const }] };
        const { deletedAt: _deletedAt, ...rest } = definition;
        const restored = { ...rest, updatedAt: context.now() };
        await db.definitions.put(restored);
        return { ok: true as const, value: restored };
      });
    },

    attach(meetingId, definitionId) {
      return db.transaction('rw', db.meetings, () =>
        updateIds(meetingId, (ids) => withDefinitionId(ids, definitionId)),
      );
    },

    detach(meetingId, definitionId) {
      return db.transaction('rw', db.meetings, () =>
        updateIds(meetingId, (ids) => withoutDefinitionId(ids, definitionId)),
      );
    },
  };
}
