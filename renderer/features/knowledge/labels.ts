/**
 * How Knowledge shows stored values: department names in the user's language, short forms of
 * long texts for button names, and the choices of the department and agenda-item selects.
 */
import type { Department, DepartmentId, KnowledgeItem } from '../../domain/types';
import type { KnowledgeDraft } from '../../domain/knowledge';
import type { MessageKey } from '../../i18n/catalogue';
import type { Translate } from '../../i18n/react';
import type { SelectOption } from '../../ui/SelectField';

/** What an add or edit form may link an item to. */
export interface KnowledgeOptions {
  departments: readonly Department[];
  agendaItems: readonly { id: string; title: string }[];
}

const BUILT_IN_NAMES: Partial<Record<DepartmentId, MessageKey>> = {
  marketing: 'knowledge.department.marketing',
  sales: 'knowledge.department.sales',
  product: 'knowledge.department.product',
  management: 'knowledge.department.management',
  other: 'knowledge.department.other',
};

/** A built-in department in the user's language; a configured one by the name it was given. */
export function departmentName(t: Translate, department: Department): string {
  const key = department.builtIn ? BUILT_IN_NAMES[department.id] : undefined;
  return key ? t(key) : department.name;
}

/** The name of a stored department id; an id no longer in the list is shown as it is stored. */
export function departmentNameById(
  t: Translate,
  departments: readonly Department[],
  id: DepartmentId,
): string {
  const department = departments.find((candidate) => candidate.id === id);
  return department ? departmentName(t, department) : id;
}

const SNIPPET_LENGTH = 60;

/** The first line of a text, cut to a length that fits a button's accessible name. */
export function snippet(text: string): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > SNIPPET_LENGTH ? `${line.slice(0, SNIPPET_LENGTH - 1).trimEnd()}…` : line;
}

export function departmentOptions(t: Translate, departments: readonly Department[]): SelectOption[] {
  return [
    { value: '', label: t('knowledge.noDepartment') },
    ...departments.map((department) => ({ value: department.id, label: departmentName(t, department) })),
  ];
}

export function agendaItemOptions(
  t: Translate,
  agendaItems: KnowledgeOptions['agendaItems'],
): SelectOption[] {
  return [
    { value: '', label: t('knowledge.noAgendaItem') },
    ...agendaItems.map((item) => ({ value: item.id, label: item.title })),
  ];
}

/** The form values that show a stored item for editing. */
export function draftOf(item: KnowledgeItem): KnowledgeDraft {
  return {
    kind: item.kind,
    text: item.text,
    topic: item.topic,
    departmentId: item.broughtByDepartmentId ?? '',
    agendaItemId: item.agendaItemId ?? '',
  };
}

/** An empty add form. */
export const EMPTY_DRAFT: KnowledgeDraft = {
  kind: 'fact',
  text: '',
  topic: '',
  departmentId: '',
  agendaItemId: '',
};
