/**
 * Editing the configurable department list. Built-in departments keep their id and are translated
 * by the UI, so they can be neither renamed nor removed; custom ones can be renamed, and removed
 * only while nobody belongs to them (people keep their department id, and a person must never
 * point at a department that no longer exists).
 */
import { LIMITS } from './limits';
import { cleanLine, foldForSearch } from './text';
import type { Department, DepartmentId, Id, Person } from './types';

/** The longest department name; it must fit a badge and a table column. */
export const MAX_DEPARTMENT_NAME_LENGTH = LIMITS.department.name;

/** Why a change to the list was refused; the UI translates each code. */
export type DepartmentError =
  | { code: 'department-name-empty' | 'department-name-too-long' | 'department-built-in' }
  | { code: 'department-unknown' }
  | { code: 'department-name-taken'; departmentId: DepartmentId }
  | { code: 'department-in-use'; departmentId: DepartmentId; count: number };

export type DepartmentListChange =
  { ok: true; value: Department[]; department: Department } | { ok: false; error: DepartmentError };

function checkName(
  raw: string,
  list: readonly Department[],
  except?: DepartmentId,
): { ok: true; name: string } | { ok: false; error: DepartmentError } {
  const name = cleanLine(raw);
  if (name === '') return { ok: false, error: { code: 'department-name-empty' } };
  if (name.length > MAX_DEPARTMENT_NAME_LENGTH)
    return { ok: false, error: { code: 'department-name-too-long' } };
  const folded = foldForSearch(name);
  const taken = list.find((other) => other.id !== except && foldForSearch(other.name) === folded);
  if (taken) return { ok: false, error: { code: 'department-name-taken', departmentId: taken.id } };
  return { ok: true, name };
}

/** Appends a custom department with a new id. */
export function addDepartment(
  list: readonly Department[],
  raw: string,
  newId: () => Id,
): DepartmentListChange {
  const checked = checkName(raw, list);
  if (!checked.ok) return checked;
  const department: Department = { id: newId(), name: checked.name, builtIn: false };
  return { ok: true, value: [...list, department], department };
}

/** Renames a custom department in place. */
export function renameDepartment(
  list: readonly Department[],
  id: DepartmentId,
  raw: string,
): DepartmentListChange {
  const current = list.find((department) => department.id === id);
  if (!current) return { ok: false, error: { code: 'department-unknown' } };
  if (current.builtIn) return { ok: false, error: { code: 'department-built-in' } };
  const checked = checkName(raw, list, id);
  if (!checked.ok) return checked;
  const department: Department = { ...current, name: checked.name };
  return { ok: true, value: list.map((item) => (item.id === id ? department : item)), department };
}

/** Removes a custom department that nobody, archived people included, belongs to. */
export function removeDepartment(
  list: readonly Department[],
  id: DepartmentId,
  people: readonly Pick<Person, 'departmentId'>[],
): DepartmentListChange {
  const current = list.find((department) => department.id === id);
  if (!current) return { ok: false, error: { code: 'department-unknown' } };
  if (current.builtIn) return { ok: false, error: { code: 'department-built-in' } };
  const count = people.filter((person) => person.departmentId === id).length;
  if (count > 0) return { ok: false, error: { code: 'department-in-use', departmentId: id, count } };
  return { ok: true, value: list.filter((item) => item.id !== id), department: current };
}
