/**
 * How Knowledge shows stored values: the choices of the department and agenda-item selects, and
 * the form values of an item.
 */
import type { Department, DepartmentId, KnowledgeItem } from '../../domain/types';
import type { KnowledgeDraft } from '../../domain/knowledge';
import type { MessageKey } from '../../i18n/language';
import type { Translate } from '../../i18n/react';
import { departmentName } from '../../ui/department-name';
import type { SelectOption } from '../../ui/SelectField';

/** What an add or edit form may link an item to. */
export interface KnowledgeOptions {
  departments: readonly Department[];
  agendaItems: readonly { id: string; title: string }[];
}

/** Built-in departments named with their case in German ("Eingebracht vom Vertrieb"). */
const BROUGHT_BY: ReadonlyMap<DepartmentId, MessageKey> = new Map([
  ['marketing', 'knowledge.broughtBy.marketing'],
  ['sales', 'knowledge.broughtBy.sales'],
  ['management', 'knowledge.broughtBy.management'],
]);

/** Who brought an item: a built-in department in a sentence of its own, any other by its name. */
export function broughtByText(t: Translate, departments: readonly Department[], id: DepartmentId): string {
  const key = BROUGHT_BY.get(id);
  const department = departments.find((candidate) => candidate.id === id);
  if (key && (department === undefined || department.builtIn)) return t(key);
  return t('knowledge.broughtBy', { department: departmentName(t, departments, id) });
}

export function departmentOptions(t: Translate, departments: readonly Department[]): SelectOption[] {
  return [
    { value: '', label: t('knowledge.noDepartment') },
    ...departments.map((department) => ({
      value: department.id,
      label: departmentName(t, departments, department.id),
    })),
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
