/**
 * How the conflict log shows its values: refusal codes as messages, the category, department,
 * participant and agenda-item choices, and the empty capture form for the running item.
 */
import {
  MAX_POSITION_LENGTH,
  MAX_RESOLUTION_LENGTH,
  MAX_STATEMENT_LENGTH,
  categoriesOf,
  type ConflictDraft,
  type ConflictFieldError,
} from '../../domain/conflicts';
import type { AgendaItem, ConflictLevel, Id } from '../../domain/types';
import type { Translate } from '../../i18n/react';
import type { SelectOption } from '../../ui/SelectField';

export type ConflictMessages = Partial<Record<ConflictFieldError['field'], string>>;

const MAX: Record<ConflictFieldError['field'], number> = {
  statement: MAX_STATEMENT_LENGTH,
  level: 0,
  category: 0,
  positionMarketing: MAX_POSITION_LENGTH,
  positionSales: MAX_POSITION_LENGTH,
  resolution: MAX_RESOLUTION_LENGTH,
  status: 0,
};

export function conflictMessages(t: Translate, errors: readonly ConflictFieldError[]): ConflictMessages {
  const messages: ConflictMessages = {};
  for (const error of errors) {
    messages[error.field] ??= t(`conflicts.error.${error.code}`, { max: MAX[error.field] });
  }
  return messages;
}

export function categoryOptions(t: Translate, level: ConflictLevel | ''): SelectOption[] {
  if (level === '') return [{ value: '', label: t('conflicts.pickLevelFirst') }];
  return [
    { value: '', label: t('conflicts.noCategory') },
    ...categoriesOf(level).map((category) => ({
      value: category,
      label: t(`conflicts.category.${category}`),
    })),
  ];
}

export function agendaOptions(t: Translate, agenda: readonly AgendaItem[]): SelectOption[] {
  return [
    { value: '', label: t('conflicts.noAgendaItem') },
    ...agenda.map((item) => ({ value: item.id, label: item.title })),
  ];
}

/** A select's choices with "Not recorded" first, for the optional department and person. */
export function optionalOptions(
  t: Translate,
  entries: readonly { id: string; name: string }[],
): SelectOption[] {
  return [
    { value: '', label: t('conflicts.notRecorded') },
    ...entries.map((entry) => ({ value: entry.id, label: entry.name })),
  ];
}

/** An empty capture form, linked to the running agenda item when there is one. */
export function emptyDraft(agendaItemId: Id | undefined): ConflictDraft {
  return {
    statement: '',
    level: '',
    category: '',
    departmentId: '',
    personId: '',
    positionMarketing: '',
    positionSales: '',
    agendaItemId: agendaItemId ?? '',
    private: false,
  };
}
