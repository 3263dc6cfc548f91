/**
 * The only write path for Knowledge items. Each method checks the input with the domain rules
 * first and changes nothing when it is refused. Deletion is soft, so it can be undone and so that
 * an action item made from a question keeps its source.
 */
import {
  answerQuestion,
  checkKnowledgeDraft,
  newKnowledgeItem,
  reviseKnowledgeItem,
  type KnowledgeDraft,
  type KnowledgeFieldError,
} from '../../domain/knowledge';
import type { Id, KnowledgeItem } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { softDeletion } from './soft-delete';

export type KnowledgeOutcome =
  { ok: true; value: KnowledgeItem } | { ok: false; errors: KnowledgeFieldError[] };

export interface KnowledgeRepository {
  create(meetingId: Id, draft: KnowledgeDraft): Promise<KnowledgeOutcome>;
  update(id: Id, draft: KnowledgeDraft): Promise<KnowledgeOutcome>;
  answer(id: Id, answer: string): Promise<KnowledgeOutcome>;
  softDelete(id: Id): Promise<void>;
  restore(id: Id): Promise<void>;
}

export function knowledgeRepository(db: TandemDatabase, context: WriteContext): KnowledgeRepository {
  /** Reads, changes and writes one item in a single transaction. */
  function change(id: Id, revise: (item: KnowledgeItem) => KnowledgeOutcome): Promise<KnowledgeOutcome> {
    return db.transaction('rw', db.knowledgeItems, async () => {
      const item = await db.knowledgeItems.get(id);
      if (!item) throw new Error(`No knowledge item ${id}`);
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

    async update(id, draft) {
      const checked = checkKnowledgeDraft(draft);
      if (!checked.ok) return checked;
      return change(id, (item) => ({
        ok: true,
        value: reviseKnowledgeItem(item, checked.value, context.now()),
      }));
    },

    answer(id, answer) {
      return change(id, (item) => answerQuestion(item, answer, context.now()));
    },
  };
}
