/**
 * How the action-item form shows its choices: owners from the meeting's participants, channels in
 * the user's language, and one "Linked to" select over the agenda and the meeting's decisions.
 * A link is encoded as `agenda:<id>` or `decision:<id>` in the select and split again on submit.
 */
import { ACTION_CHANNELS, MAX_ACTION_LENGTH, type ActionFieldError } from '../../domain/actions';
import type { AgendaItem, Decision, Id, Person } from '../../domain/types';
import type { Translate } from '../../i18n/react';
import type { SelectOption } from '../../ui/SelectField';

export type ActionMessages = Partial<Record<ActionFieldError['field'], string>>;

export function actionMessages(t: Translate, errors: readonly ActionFieldError[]): ActionMessages {
  const messages: ActionMessages = {};
  for (const error of errors)
    messages[error.field] ??= t(`actions.error.${error.code}`, { max: MAX_ACTION_LENGTH });
  return messages;
}

export function ownerOptions(t: Translate, participants: readonly Person[]): SelectOption[] {
  return [
    { value: '', label: t('actions.noOwner') },
    ...participants.map((person) => ({ value: person.id, label: person.name })),
  ];
}

export function channelOptions(t: Translate): SelectOption[] {
  return [
    { value: '', label: t('actions.noChannel') },
    ...ACTION_CHANNELS.map((channel) => ({ value: channel, label: t(`actions.channel.${channel}`) })),
  ];
}

export function linkOptions(
  t: Translate,
  agenda: readonly AgendaItem[],
  decisions: readonly Decision[],
): SelectOption[] {
  return [
    { value: '', label: t('actions.link.none') },
    ...agenda.map((item) => ({
      value: `agenda:${item.id}`,
      label: t('actions.link.agendaItem', { title: item.title }),
    })),
    ...decisions.map((decision) => ({
      value: `decision:${decision.id}`,
      label: t('actions.link.decision', { number: decision.number, statement: decision.statement }),
    })),
  ];
}

/** The decision or agenda item a "Linked to" value names. */
export function splitLink(value: string): { decisionId: Id | ''; agendaItemId: Id | '' } {
  if (value.startsWith('decision:')) return { decisionId: value.slice('decision:'.length), agendaItemId: '' };
  if (value.startsWith('agenda:')) return { decisionId: '', agendaItemId: value.slice('agenda:'.length) };
  return { decisionId: '', agendaItemId: '' };
}

/** The participants of a meeting as people, in directory order; unknown ids are left out. */
export function participantsOf(people: readonly Person[] | undefined, personIds: readonly Id[]): Person[] {
  const wanted = new Set(personIds);
  return (people ?? []).filter((person) => wanted.has(person.id));
}
