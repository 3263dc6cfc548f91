/**
 * Rules for the Knowledge of a meeting (docs/product.md success factor 6): facts and open questions
 * about a market or product, each with the department that brought it. Pure functions: the clock
 * and the id source are parameters. A question is open until it gets an answer; a fact has
 * nothing left to ask, so it is stored as `answered` and only questions are ever open.
 */
import { LIMITS } from './limits';
import { cleanLine } from './text';
import type { DepartmentId, Id, KnowledgeItem, KnowledgeKind, KnowledgeStatus, Timestamp } from './types';

/** The longest fact or question the app accepts. */
export const MAX_KNOWLEDGE_TEXT_LENGTH = LIMITS.knowledgeItem.text;
/** The longest topic (market or product) the app accepts. */
export const MAX_TOPIC_LENGTH = LIMITS.knowledgeItem.topic;
/** The longest answer to a question the app accepts. */
export const MAX_ANSWER_LENGTH = LIMITS.knowledgeItem.answer;

/** What the add and edit forms collect. Empty strings mean "not given" for the optional links. */
export interface KnowledgeDraft {
  kind: KnowledgeKind;
  text: string;
  topic: string;
  departmentId: DepartmentId | '';
  agendaItemId: Id | '';
}

/** Why a draft or an answer was refused; the UI translates each code. */
export type KnowledgeFieldError =
  | { field: 'text'; code: 'text-empty' | 'text-too-long' }
  | { field: 'topic'; code: 'topic-too-long' }
  | { field: 'answer'; code: 'answer-empty' | 'answer-too-long' };

/** A draft after checking: trimmed text, and the optional links left out when not given. */
export interface CheckedKnowledge {
  kind: KnowledgeKind;
  text: string;
  topic: string;
  departmentId?: DepartmentId;
  agendaItemId?: Id;
}

export type KnowledgeCheck =
  { ok: true; value: CheckedKnowledge } | { ok: false; errors: KnowledgeFieldError[] };

/** Checks every field of a draft and reports all problems at once. */
export function checkKnowledgeDraft(draft: KnowledgeDraft): KnowledgeCheck {
  const errors: KnowledgeFieldError[] = [];
  const text = draft.text.trim();
  const topic = cleanLine(draft.topic);
  if (text === '') errors.push({ field: 'text', code: 'text-empty' });
  else if (text.length > MAX_KNOWLEDGE_TEXT_LENGTH) errors.push({ field: 'text', code: 'text-too-long' });
  if (topic.length > MAX_TOPIC_LENGTH) errors.push({ field: 'topic', code: 'topic-too-long' });
  if (errors.length > 0) return { ok: false, errors };
  const value: CheckedKnowledge = { kind: draft.kind, text, topic };
  if (draft.departmentId !== '') value.departmentId = draft.departmentId;
  if (draft.agendaItemId !== '') value.agendaItemId = draft.agendaItemId;
  return { ok: true, value };
}

/** Builds a new fact or (open) question of a meeting from a checked draft. */
export function newKnowledgeItem(
  meetingId: Id,
  checked: CheckedKnowledge,
  context: { now: Timestamp; newId: () => Id },
): KnowledgeItem {
  const item: KnowledgeItem = {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    meetingId,
    kind: checked.kind,
    text: checked.text,
    topic: checked.topic,
    answer: '',
    status: checked.kind === 'fact' ? 'answered' : 'open',
  };
  return withLinks(item, checked);
}

/**
 * An item with the fields of an edited draft. Turning a question into a fact settles it; turning a
 * fact into a question leaves it open unless it already carries an answer.
 */
export function reviseKnowledgeItem(
  item: KnowledgeItem,
  checked: CheckedKnowledge,
  now: Timestamp,
): KnowledgeItem {
  const { agendaItemId: _agendaItemId, broughtByDepartmentId: _broughtByDepartmentId, ...rest } = item;
  const status: KnowledgeStatus = checked.kind === 'fact' || item.answer !== '' ? 'answered' : 'open';
  const revised = {
    ...rest,
    kind: checked.kind,
    text: checked.text,
    topic: checked.topic,
    status,
    updatedAt: now,
  };
  return withLinks(revised, checked);
}

function withLinks(item: KnowledgeItem, checked: CheckedKnowledge): KnowledgeItem {
  const linked = { ...item };
  if (checked.departmentId !== undefined) linked.broughtByDepartmentId = checked.departmentId;
  if (checked.agendaItemId !== undefined) linked.agendaItemId = checked.agendaItemId;
  return linked;
}

export type AnswerCheck =
  | { ok: true; value: KnowledgeItem }
  | { ok: false; errors: [Extract<KnowledgeFieldError, { field: 'answer' }>] };

/** Answers a question, which marks it answered. Throws for a fact: only questions have answers. */
export function answerQuestion(item: KnowledgeItem, rawAnswer: string, now: Timestamp): AnswerCheck {
  if (item.kind !== 'question') throw new Error(`Knowledge item ${item.id} is not a question`);
  const answer = rawAnswer.trim();
  if (answer === '') return { ok: false, errors: [{ field: 'answer', code: 'answer-empty' }] };
  if (answer.length > MAX_ANSWER_LENGTH)
    return { ok: false, errors: [{ field: 'answer', code: 'answer-too-long' }] };
  return { ok: true, value: { ...item, answer, status: 'answered', updatedAt: now } };
}

/** The live (not deleted) items of one kind, oldest first, as they were brought up. */
export function liveKnowledge(items: readonly KnowledgeItem[], kind: KnowledgeKind): KnowledgeItem[] {
  return items
    .filter((item) => item.deletedAt === undefined && item.kind === kind)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The questions still waiting for an answer, oldest first; deleted ones left out. */
export function openQuestions(items: readonly KnowledgeItem[]): KnowledgeItem[] {
  return liveKnowledge(items, 'question').filter((item) => item.status === 'open');
}

/** The questions, open ones first (oldest first within each group), so the room sees what is left. */
export function questionsOpenFirst(items: readonly KnowledgeItem[]): KnowledgeItem[] {
  const questions = liveKnowledge(items, 'question');
  return [
    ...questions.filter((item) => item.status === 'open'),
    ...questions.filter((item) => item.status === 'answered'),
  ];
}
