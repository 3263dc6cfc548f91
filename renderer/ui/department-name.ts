/**
 * Department names as the user reads them: built-in departments in the UI language (Sales is
 * "Vertrieb" in German), custom ones as typed. Other screens use these to show a person's side.
 */
import { useCallback } from 'react';
import type { Department, DepartmentId } from '../domain/types';
import { useDepartments } from '../data/queries/people';
import type { MessageKey } from '../i18n/language';
import { useT, type Translate } from '../i18n/react';

const BUILT_IN_NAMES: ReadonlyMap<DepartmentId, MessageKey> = new Map([
  ['marketing', 'people.department.marketing'],
  ['sales', 'people.department.sales'],
  ['product', 'people.department.product'],
  ['management', 'people.department.management'],
  ['other', 'people.department.other'],
]);

/** The translated name of department `id` in `departments`; "Unknown department" if it is gone. */
export function departmentName(
  t: Translate,
  departments: readonly Department[] | undefined,
  id: DepartmentId,
): string {
  const department = departments?.find((candidate) => candidate.id === id);
  const builtInKey = BUILT_IN_NAMES.get(id);
  if (builtInKey && (department === undefined || department.builtIn)) return t(builtInKey);
  return department?.name ?? t('people.department.unknown');
}

/** `departmentName` bound to the stored list and the current language. */
export function useDepartmentName(): (id: DepartmentId) => string {
  const t = useT();
  const departments = useDepartments();
  return useCallback((id) => departmentName(t, departments, id), [t, departments]);
}
