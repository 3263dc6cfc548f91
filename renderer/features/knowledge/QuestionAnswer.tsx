/**
 * The answer part of a question: an open question shows an answer field right in the list; an
 * answered one shows its answer and can be changed. Saving an answer marks the question answered.
 */
import { useState, type FormEvent } from 'react';
import type { KnowledgeItem } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { TextAreaField } from '../../ui/TextAreaField';
import { useWrite } from '../../ui/use-write';
import { knowledgeMessages } from './field-errors';
import { snippet } from '../../domain/text';

export function QuestionAnswer({ item }: { item: KnowledgeItem }) {
  const t = useT();
  const [changing, setChanging] = useState(false);
  if (item.status === 'open' || changing) {
    return <AnswerForm item={item} onSaved={() => setChanging(false)} />;
  }
  return (
    <div className="knowledge-answer">
      <p>
        <span className="knowledge-answer-label">{t('knowledge.answerLabel')}: </span>
        {item.answer}
      </p>
      <button type="button" className="quiet" onClick={() => setChanging(true)}>
        {t('knowledge.changeAnswer')}
      </button>
    </div>
  );
}

function AnswerForm({ item, onSaved }: { item: KnowledgeItem; onSaved: () => void }) {
  const t = useT();
  const { knowledge } = useWorkspace();
  const [answer, setAnswer] = useState(item.answer);
  const [error, setError] = useState<string | undefined>();
  const { run } = useWrite();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => knowledge.answer(item.id, answer), {
      refused: (outcome) => setError(knowledgeMessages(t, outcome.errors).answer),
      done: () => {
        setError(undefined);
        onSaved();
      },
    });
  }

  return (
    <form className="knowledge-answer-form" onSubmit={submit} noValidate>
      <TextAreaField
        label={t('knowledge.answerTo', { text: snippet(item.text) })}
        value={answer}
        onValue={setAnswer}
        error={error}
        rows={1}
        submitOnEnter
      />
      <button type="submit">{t('knowledge.saveAnswer')}</button>
    </form>
  );
}
