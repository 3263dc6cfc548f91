/**
 * The agreed definitions a meeting relies on, shown where the meeting is prepared: attach one from
 * the glossary, create one on the spot (recorded as agreed in this meeting), or detach one. The
 * glossary itself is untouched by detaching.
 */
import '../../styles/knowledge.css';
import { useId, useState, type FormEvent } from 'react';
import { attachedDefinitions, listDefinitions } from '../../domain/definitions';
import type { Definition } from '../../domain/types';
import { useDefinitions, useMeetingDefinitionIds } from '../../data/queries/knowledge';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { SelectField } from '../../ui/SelectField';
import { useWrite } from '../../ui/use-write';
import { NewDefinitionForm } from './NewDefinitionForm';

export function AttachedDefinitions({ meetingId }: { meetingId: string }) {
  const t = useT();
  const all = useDefinitions();
  const ids = useMeetingDefinitionIds(meetingId);
  const headingId = useId();
  const [creating, setCreating] = useState(false);
  if (all === undefined || ids === undefined) return null;
  const attached = attachedDefinitions(all, ids ?? []);
  const attachable = listDefinitions(all, '').filter((definition) => !ids?.includes(definition.id));

  return (
    <section className="attached-definitions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('definitions.heading')}</h2>
      {attached.length === 0 ? (
        <p className="muted">{t('definitions.noneAttached')}</p>
      ) : (
        <ul className="definition-list" aria-labelledby={headingId}>
          {attached.map((definition) => (
            <AttachedRow key={definition.id} meetingId={meetingId} definition={definition} />
          ))}
        </ul>
      )}
      <AttachForm meetingId={meetingId} attachable={attachable} />
      {creating ? (
        <NewDefinitionForm meetingId={meetingId} onDone={() => setCreating(false)} />
      ) : (
        <button type="button" className="definition-new" onClick={() => setCreating(true)}>
          {t('definitions.new')}
        </button>
      )}
    </section>
  );
}

function AttachedRow({ meetingId, definition }: { meetingId: string; definition: Definition }) {
  const t = useT();
  const { definitions } = useWorkspace();
  const { run } = useWrite();
  return (
    <li className="definition-row">
      <p className="definition-term">{definition.term}</p>
      <p className="definition-meaning">{definition.meaning}</p>
      <div className="row-actions">
        <button
          type="button"
          className="quiet"
          aria-label={t('definitions.detachFor', { term: definition.term })}
          onClick={() => void run(() => definitions.detach(meetingId, definition.id))}
        >
          {t('definitions.detach')}
        </button>
      </div>
    </li>
  );
}

function AttachForm({ meetingId, attachable }: { meetingId: string; attachable: Definition[] }) {
  const t = useT();
  const { definitions } = useWorkspace();
  const [chosen, setChosen] = useState('');
  const { run } = useWrite();
  // The choice may have been attached or deleted meanwhile (in another window, say).
  const value = attachable.some((definition) => definition.id === chosen) ? chosen : '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (value === '') return;
    void run(() => definitions.attach(meetingId, value), { done: () => setChosen('') });
  }

  const options = [
    { value: '', label: t('definitions.choose') },
    ...attachable.map((definition) => ({ value: definition.id, label: definition.term })),
  ];
  return (
    <form className="definition-attach" onSubmit={submit}>
      <SelectField
        label={t('definitions.attach')}
        value={value}
        options={options}
        onValue={setChosen}
        disabled={attachable.length === 0}
      />
      <button type="submit" disabled={value === ''}>
        {t('definitions.attachButton')}
      </button>
    </form>
  );
}
