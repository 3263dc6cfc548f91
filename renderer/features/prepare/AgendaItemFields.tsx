/** The fields of one agenda item, shared by the add form and the edit dialog. */
import { useId } from 'react';
import type { AgendaFieldError, AgendaItemDraft } from '../../domain/agenda';
import { LIMITS } from '../../domain/limits';
import type { AgendaItemKind, Attendance } from '../../domain/types';
import { usePeople } from '../../data/queries/people';
import { useT, type Translate } from '../../i18n/react';
import { TextField } from '../../ui/TextField';
import { FieldError } from '../../ui/FieldError';

export const KINDS: readonly AgendaItemKind[] = ['information', 'discussion', 'decision'];

/** The limit each message names (domain/limits.ts). */
const MAX: Record<AgendaFieldError['code'], number> = {
  'title-empty': 0,
  'title-too-long': LIMITS.agendaItem.title,
  'description-too-long': LIMITS.agendaItem.description,
  'timebox-invalid': LIMITS.agendaItem.timeboxMinutes.max,
  'presenters-too-many': LIMITS.agendaItem.presenterIds,
};

export type AgendaMessages = Partial<Record<AgendaFieldError['field'], string>>;

export function agendaMessages(t: Translate, errors: readonly AgendaFieldError[]): AgendaMessages {
  const messages: AgendaMessages = {};
  for (const error of errors) {
    messages[error.field] ??= t(
      error.code === 'title-empty' ? 'error.title-empty.agenda' : `error.${error.code}`,
      { max: MAX[error.code] },
    );
  }
  return messages;
}

interface AgendaItemFieldsProps {
  draft: AgendaItemDraft;
  onDraft: (draft: AgendaItemDraft) => void;
  errors: AgendaMessages;
  attendance: readonly Attendance[];
  autoFocus?: boolean;
}

export function AgendaItemFields({ draft, onDraft, errors, attendance, autoFocus }: AgendaItemFieldsProps) {
  const t = useT();
  const people = usePeople();
  const kindId = useId();
  const descriptionId = useId();
  const set = (patch: Partial<AgendaItemDraft>) => onDraft({ ...draft, ...patch });
  const togglePresenter = (personId: string, on: boolean) =>
    set({
      presenterIds: on
        ? [...draft.presenterIds, personId]
        : draft.presenterIds.filter((id) => id !== personId),
    });

  return (
    <>
      <div className="form-row agenda-fields">
        <TextField
          label={t('agenda.title')}
          value={draft.title}
          onValue={(title) => set({ title })}
          error={errors.title}
          autoFocusFirst={autoFocus}
        />
        <div className="field narrow">
          <label htmlFor={kindId}>{t('agenda.kind')}</label>
          <select
            id={kindId}
            value={draft.kind}
            onChange={(event) =>
              set({ kind: KINDS.find((kind) => kind === event.target.value) ?? 'discussion' })
            }
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          className="narrow"
          label={t('agenda.timebox')}
          inputMode="numeric"
          value={String(draft.timeboxMinutes)}
          onValue={(timeboxMinutes) => set({ timeboxMinutes })}
          error={errors.timebox}
        />
      </div>
      <div className="field">
        <label htmlFor={descriptionId}>{t('agenda.description')}</label>
        <textarea
          id={descriptionId}
          rows={2}
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
        />
        <FieldError id={`${descriptionId}-error`} message={errors.description} />
      </div>
      {attendance.length > 0 && (
        <fieldset className="presenters">
          <legend>{t('agenda.presenters')}</legend>
          {attendance.map((entry) => {
            const name = people?.find((person) => person.id === entry.personId)?.name ?? '…';
            return (
              <label key={entry.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.presenterIds.includes(entry.personId)}
                  onChange={(event) => togglePresenter(entry.personId, event.target.checked)}
                />
                {name}
              </label>
            );
          })}
          <FieldError id={`${descriptionId}-presenters-error`} message={errors.presenters} />
        </fieldset>
      )}
    </>
  );
}
