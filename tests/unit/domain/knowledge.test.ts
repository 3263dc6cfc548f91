import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  checkKnowledgeDraft,
  liveKnowledge,
  MAX_ANSWER_LENGTH,
  MAX_KNOWLEDGE_TEXT_LENGTH,
  MAX_TOPIC_LENGTH,
  newKnowledgeItem,
  openQuestions,
  questionsOpenFirst,
  reviseKnowledgeItem,
  type KnowledgeDraft,
} from '../../../renderer/domain/knowledge';
import type { KnowledgeItem } from '../../../renderer/domain/types';

const NOW = '2026-11-27T09:00:00.000Z';
const LATER = '2026-11-27T09:05:00.000Z';

const draft: KnowledgeDraft = {
  kind: 'question',
  text: '  How many leads did the trade fair bring?  ',
  topic: '  Iberia   market ',
  departmentId: 'sales',
  agendaItemId: '',
};

function item(overrides: Partial<KnowledgeDraft> = {}, id = 'k1', now = NOW): KnowledgeItem {
  const checked = checkKnowledgeDraft({ ...draft, ...overrides });
  if (!checked.ok) throw new Error('fixture draft must be valid');
  return newKnowledgeItem('m1', checked.value, { now, newId: () => id });
}

describe('checking a fact or question', () => {
  it('trims the text, cleans the topic and leaves out links that were not given', () => {
    expect(checkKnowledgeDraft(draft)).toEqual({
      ok: true,
      value: {
        kind: 'question',
        text: 'How many leads did the trade fair bring?',
        topic: 'Iberia market',
        departmentId: 'sales',
      },
    });
  });

  it('refuses an empty text', () => {
    expect(checkKnowledgeDraft({ ...draft, text: ' \n ' })).toEqual({
      ok: false,
      errors: [{ field: 'text', code: 'text-empty' }],
    });
  });

  it('accepts text and topic at their limits and refuses one character more, reporting both', () => {
    const atLimit = {
      ...draft,
      text: 'x'.repeat(MAX_KNOWLEDGE_TEXT_LENGTH),
      topic: 't'.repeat(MAX_TOPIC_LENGTH),
    };
    expect(checkKnowledgeDraft(atLimit).ok).toBe(true);
    expect(checkKnowledgeDraft({ ...atLimit, text: `${atLimit.text}x`, topic: `${atLimit.topic}t` })).toEqual(
      {
        ok: false,
        errors: [
          { field: 'text', code: 'text-too-long' },
          { field: 'topic', code: 'topic-too-long' },
        ],
      },
    );
  });

  it('allows an empty topic', () => {
    expect(checkKnowledgeDraft({ ...draft, topic: '' }).ok).toBe(true);
  });
});

describe('a new fact or question', () => {
  it('starts a question open, without an answer, with the department that brought it', () => {
    expect(item({ agendaItemId: 'a1' })).toEqual({
      id: 'k1',
      createdAt: NOW,
      updatedAt: NOW,
      meetingId: 'm1',
      agendaItemId: 'a1',
      kind: 'question',
      text: 'How many leads did the trade fair bring?',
      topic: 'Iberia market',
      broughtByDepartmentId: 'sales',
      answer: '',
      status: 'open',
    });
  });

  it('stores a fact as settled, so it is never an open question', () => {
    const fact = item({ kind: 'fact', departmentId: '' });
    expect(fact.status).toBe('answered');
    expect('broughtByDepartmentId' in fact).toBe(false);
    expect(openQuestions([fact])).toEqual([]);
  });
});

describe('answering a question', () => {
  it('stores the trimmed answer and marks the question answered', () => {
    const outcome = answerQuestion(item(), '  412, of which 80 qualified ', LATER);
    expect(outcome).toEqual({
      ok: true,
      value: { ...item(), answer: '412, of which 80 qualified', status: 'answered', updatedAt: LATER },
    });
  });

  it('refuses an empty or overlong answer', () => {
    expect(answerQuestion(item(), '   ', LATER)).toEqual({
      ok: false,
      errors: [{ field: 'answer', code: 'answer-empty' }],
    });
    expect(answerQuestion(item(), 'a'.repeat(MAX_ANSWER_LENGTH + 1), LATER)).toEqual({
      ok: false,
      errors: [{ field: 'answer', code: 'answer-too-long' }],
    });
  });

  it('refuses to answer a fact, as a programming error', () => {
    expect(() => answerQuestion(item({ kind: 'fact' }), 'yes', LATER)).toThrow(/not a question/);
  });
});

describe('editing a fact or question', () => {
  function revise(from: KnowledgeItem, overrides: Partial<KnowledgeDraft>): KnowledgeItem {
    const checked = checkKnowledgeDraft({ ...draft, ...overrides });
    if (!checked.ok) throw new Error('edit draft must be valid');
    return reviseKnowledgeItem(from, checked.value, LATER);
  }

  it('replaces the fields, removes links that were cleared and keeps the answer', () => {
    const answered = { ...item({ agendaItemId: 'a1' }), answer: '412', status: 'answered' as const };
    const revised = revise(answered, { text: 'Leads from the fair?', departmentId: '', agendaItemId: '' });
    expect(revised).toEqual({
      ...answered,
      text: 'Leads from the fair?',
      updatedAt: LATER,
      agendaItemId: undefined,
      broughtByDepartmentId: undefined,
    });
    expect('agendaItemId' in revised || 'broughtByDepartmentId' in revised).toBe(false);
  });

  it('settles a question turned into a fact, and opens a fact turned into a question', () => {
    expect(revise(item(), { kind: 'fact' }).status).toBe('answered');
    expect(revise(item({ kind: 'fact' }), { kind: 'question' }).status).toBe('open');
  });
});

describe('listing Knowledge', () => {
  const first = item({}, 'q1', '2026-11-27T09:01:00.000Z');
  const second = item({}, 'q2', '2026-11-27T09:02:00.000Z');
  const answered = {
    ...item({}, 'q0', '2026-11-27T09:00:00.000Z'),
    status: 'answered' as const,
    answer: 'yes',
  };
  const deleted = { ...item({}, 'q3', '2026-11-27T09:03:00.000Z'), deletedAt: LATER };
  const fact = item({ kind: 'fact' }, 'f1');

  it('lists the open questions oldest first, leaving out answered, deleted and facts', () => {
    expect(openQuestions([second, deleted, fact, answered, first]).map((i) => i.id)).toEqual(['q1', 'q2']);
  });

  it('shows open questions before answered ones', () => {
    expect(questionsOpenFirst([answered, second, first, deleted]).map((i) => i.id)).toEqual([
      'q1',
      'q2',
      'q0',
    ]);
  });

  it('lists the live items of one kind', () => {
    expect(liveKnowledge([first, fact, deleted], 'fact').map((i) => i.id)).toEqual(['f1']);
  });
});
