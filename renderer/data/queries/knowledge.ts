/**
 * Live queries for Knowledge and the glossary of agreed definitions. Like `hooks.ts`, they return
 * stored rows, deleted ones included, and the domain filters and sorts them. `undefined` means loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Definition, Id, KnowledgeItem } from '../../domain/types';
import { useWorkspace } from '../provider';

/** Every Knowledge item of one meeting. */
export function useKnowledge(meetingId: Id): KnowledgeItem[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    () => db.knowledgeItems.where('meetingId').equals(meetingId).toArray(),
    [db, meetingId],
  );
}

/** The whole glossary. */
export function useDefinitions(): Definition[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => db.definitions.toArray(), [db]);
}

/** The ids of the definitions attached to a meeting; `null` when there is no such meeting. */
export function useMeetingDefinitionIds(meetingId: Id): Id[] | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => (await db.meetings.get(meetingId))?.definitionIds ?? null, [db, meetingId]);
}
