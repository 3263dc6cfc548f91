/**
 * "Add action item": what, owner, due date, channel and link, by keyboard. It opens on demand
 * (Alt+A or its button, ActionsPanel) with "What" focused; Enter adds, Escape closes. While the
 * action looks like it only informs someone, a gentle note asks whether it could be said instead
 * (talk more, write less). Each opening starts empty: the next item has no owner, due date or
 * channel until one is chosen, and its link is again the item that runs now (what the form shows).
 */
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { suggestsTalking, type ActionDraft } from '../../domain/actions';
import type { ActionChannel, AgendaItem, Decision, Person } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../ui/use-write';
import {
  actionMessages,
  channelOptions,
  linkOptions,
  ownerOptions,
  splitLink,
  type ActionMessages,
} from './action-options';

interface AddActionFormProps {
  meetingId: string;
  agenda: readonly AgendaItem[];
  activeItem: AgendaItem | undefined;
  decisions: readonly Decision[];
  participants: readonly Person[];
  /** After a save: the panel closes the form, the new item shows in its list. */
  onAdded: () => void;
  onCancel: () => void;
}

const isChannel = (value: string): value is ActionChannel =>
  value === 'in-person' || value === 'call' || value === 'email' || value === 'document';

export function AddActionForm({
  meetingId,
  agenda,
  activeItem,
  decisions,
  participants,
  onAdded,
  onCancel,
}: AddActionFormProps) {
  const t = useT();
  const { actions } = useWorkspace();
  const form = useRef<HTMLFormElement>(null);
  const [what, setWhat] = useState('');
  const [ownerPersonId, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [channel, setChannel] = useState<ActionChannel | ''>('');
  // Until the user picks a link, the action belongs to the item that runs now.
  const [link, setLink] = useState<string | null>(null);
  const [errors, setErrors] = useState<ActionMessages>({});
  const { run } = useWrite();
  const shownLink = link ?? (activeItem ? `agenda:${activeItem.id}` : '');
  const nudge = suggestsTalking({ what, channel });

  useLayoutEffect(() => form.current?.querySelector('input')?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const draft: ActionDraft = { what, ownerPersonId, dueDate, channel, ...splitLink(shownLink) };
    void run(() => actions.create(meetingId, draft), {
      refused: (outcome) => setErrors(actionMessages(t, outcome.errors)),
      done: onAdded,
    });
  }

  return (
    <form ref={form} className="capture-form" aria-label={t('actions.add')} onSubmit={submit} noValidate>
      <TextField
        label={t('actions.what')}
        value={what}
        onValue={setWhat}
        error={errors.what}
        autoComplete="off"
      />
      <div className="form-row">
        <SelectField
          label={t('actions.owner')}
          value={ownerPersonId}
          options={ownerOptions(t, participants)}
          onValue={setOwner}
        />
        <TextField
          label={t('actions.dueDate')}
          type="date"
          value={dueDate}
          onValue={setDueDate}
          error={errors.dueDate}
        />
        <SelectField
          label={t('actions.channel')}
          value={channel}
          options={channelOptions(t)}
          onValue={(value) => setChannel(isChannel(value) ? value : '')}
        />
      </div>
      <div role="status" className="nudge-region">
        {nudge && <p className="nudge">{t('actions.nudge')}</p>}
      </div>
      <SelectField
        label={t('actions.link')}
        value={shownLink}
        options={linkOptions(t, agenda, decisions)}
        onValue={setLink}
      />
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('actions.add')}
        </button>
        <button type="button" className="quiet" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
