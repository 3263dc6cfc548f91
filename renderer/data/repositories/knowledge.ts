/**
 * The only write path for Knowledge items. Each method checks the input with the domain rules
 * first and changes nothing when it is refused. Deletion is soft, so it can be undone and so that
 * an action item made from a question keeps its source. An edit and an answer name the `updatedAt`
 * they started from and are refused as stale when another window changed the item since.
 */
import {
  answerQuestion,
  checkKnowledgeDraft,
  newKnowledgeItem,
  reviseKnowledgeItem,
  type KnowledgeDraft,
  type KnowledgeFieldError,
} from '../../domain/knowledge';
import type { Id, KnowledgeItem, Timestamp } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { softDeletion } from './soft-delete';
import { changedSince, stale, type Stale } from './stale';

export type KnowledgeOutcome =
  { ok: true; value: KnowledgeItem } | { ok: false; errors: KnowledgeFieldError[] };
export type KnowledgeEditOutcome = KnowledgeOutcome | Stale<KnowledgeItem>;

export interface KnowledgeRepository {
  create(meetingId: Id, draft: KnowledgeDraft): Promise<KnowledgeOutcome>;
  /** `base`: the `updatedAt` the edit started from; refused as stale when the item changed since. */
  update(id: Id, draft: KnowledgeDraft, base?: Timestamp): Promise<KnowledgeEditOutcome>;
  /** `base`: the `updatedAt` the answer started from; refused as stale when the item changed since. */
  answer(id: Id, answer: string, base?: Timestamp): Promise<KnowledgeEditOutcome>;
  softDelete(id: Id): Promise<void>;
  restore(id: Id): Promise<void>;
}

export function knowledgeRepository(db: TandemDatabase, context: WriteContext): KnowledgeRepository {
  /** Reads, changes and writes one item in a single transaction, unless it changed since `base`. */
  function change(
    id: Id,
    base: Timestamp | undefined,
    revise: (item: KnowledgeItem) => KnowledgeOutcome,
  ): Promise<KnowledgeEditOutcome> {
    return db.transaction('rw', db.knowledgeItems, async (): Promise<KnowledgeEditOutcome> => {
      const item = await db.knowledgeItems.get(id);
      if (!item) throw new Error(`No knowledge item ${id}`);
      if (changedSince(item, base)) return stale(item);
      const outcome = revise(item);
      if (outcome.ok) await db.knowledgeItems.put(outcome.value);
      return outcome;
    });
  }

  return {
    ...softDeletion(db, db.knowledgeItems, context),
    async create(meetingId, draft) {
      const checked = checkKnowledgeDraft(draft);
      if (!checked.ok) return checked;
      const item = newKnowledgeItem(meetingId, checked.value, { now: context.now(), newId: context.newId });
      await db.knowledgeItems.add(item);
      return { ok: true, value: item };
    },

    async update(id, draft, base) {
      const checked = checkKnowledgeDraft(draft);
      if (!checked.ok) return checked;
      return change(id, base, (item) => ({
        ok: true,
        value: reviseKnowledgeItem(item, checked.value, context.now()),
      }));
    },

    answer(id, answer, base) {
      return change(id, base, (item) => answerQuestion(item, answer, context.now()));
    },
  };
}
