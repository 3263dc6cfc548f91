/** Turns the domain's refusal codes for Knowledge into messages in the user's language. */
import {
  MAX_ANSWER_LENGTH,
  MAX_KNOWLEDGE_TEXT_LENGTH,
  MAX_TOPIC_LENGTH,
  type KnowledgeFieldError,
} from '../../domain/knowledge';
import type { Translate } from '../../i18n/react';

export type KnowledgeMessages = Partial<Record<KnowledgeFieldError['field'], string>>;

const MAX: Record<KnowledgeFieldError['field'], number> = {
  text: MAX_KNOWLEDGE_TEXT_LENGTH,
  topic: MAX_TOPIC_LENGTH,
  answer: MAX_ANSWER_LENGTH,
};

export function knowledgeMessages(t: Translate, errors: readonly KnowledgeFieldError[]): KnowledgeMessages {
  const messages: KnowledgeMessages = {};
  for (const error of errors) {
    messages[error.field] ??= t(`knowledge.error.${error.code}`, { max: MAX[error.field] });
  }
  return messages;
}
