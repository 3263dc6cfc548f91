/**
 * The answer part of a question: an open question shows an answer field right in the list; an
 * answered one shows its answer and can be changed. Saving an answer marks the question answered.
 *
 * An answer starts from the question as it was stored when the user began typing (or chose Change
 * answer): until then the field follows the other window's changes, and from then on it stays open
 * until saved, even when the other window answers the question meanwhile. A save after such a
 * change is refused and shows both answers.
 */
import { useState, type FormEvent } from 'react';
import type { KnowledgeItem, Timestamp } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { ChangedElsewhere, differingLines } from '../../ui/ChangedElsewhere';
import { TextAreaField } from '../../ui/TextAreaField';
import { useEditBase } from '../../ui/use-edit-base';
import { useWrite } from '../../ui/use-write';
import { knowledgeMessages } from './field-errors';
import { snippet } from '../../domain/text';

export function QuestionAnswer({ item }: { item: KnowledgeItem }) {
  const t = useT();
  // The `updatedAt` the answer being typed started from; undefined while nobody is answering.
  const [startedFrom, setStartedFrom] = useState<Timestamp | undefined>();
  const begin = () => setStartedFrom((current) => current ?? item.updatedAt);
  if (item.status === 'open' || startedFrom !== undefined) {
    return (
      <AnswerForm
        // Until the user begins, a change stored meanwhile gives a fresh form (and base).
        key={startedFrom ?? item.updatedAt}
        item={item}
        onBegin={begin}
        onSaved={() => setStartedFrom(undefined)}
      />
    );
  }
  return (
    <div className="knowledge-answer">
      <p>
        <span className="knowledge-answer-label">{t('knowledge.answerLabel')}: </span>
        {item.answer}
      </p>
      <button type="button" className="quiet" onClick={begin}>
        {t('knowledge.changeAnswer')}
      </button>
    </div>
  );
}

interface AnswerFormProps {
  item: KnowledgeItem;
  onBegin: () => void;
  onSaved: () => void;
}

function AnswerForm({ item, onBegin, onSaved }: AnswerFormProps) {
  const t = useT();
  const { knowledge } = useWorkspace();
  const [answer, setAnswer] = useState(item.answer);
  const [error, setError] = useState<string | undefined>();
  const { run, pending } = useWrite();
  const edit = useEditBase(item);

  function save(base = edit.base) {
    void run(() => knowledge.answer(item.id, answer, base), {
      refused: (outcome) =>
        'reason' in outcome
          ? edit.stale(outcome.current)
          : setError(knowledgeMessages(t, outcome.errors).answer),
      done: () => {
        setError(undefined);
        onSaved();
      },
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onBegin();
    save();
  }

  return (
    <form className="knowledge-answer-form" onSubmit={submit} noValidate>
      <TextAreaField
        label={t('knowledge.answerTo', { text: snippet(item.text) })}
        value={answer}
        onValue={(value) => {
          onBegin();
          setAnswer(value);
        }}
        error={error}
        rows={1}
        submitOnEnter
      />
      {edit.theirs && (
        <ChangedElsewhere
          lines={differingLines([
            { label: t('knowledge.answerLabel'), theirs: edit.theirs.answer, yours: answer },
          ])}
          onTakeTheirs={() => edit.takeTheirs((current) => setAnswer(current.answer))}
          onKeepMine={() => edit.keepMine(save)}
          disabled={pending}
        />
      )}
      <button type="submit">{t('knowledge.saveAnswer')}</button>
    </form>
  );
}
