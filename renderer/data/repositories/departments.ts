/**
 * The department list, stored as one settings row (`departments`). Until the user changes the
 * list there is no row and the defaults apply, so a new workspace needs no seeding.
 */
import {
  addDepartment,
  removeDepartment,
  renameDepartment,
  type DepartmentListChange,
} from '../../domain/department-list';
import { DEFAULT_DEPARTMENTS } from '../../domain/departments';
import type { Department, DepartmentId } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';

export interface DepartmentsRepository {
  add(name: string): Promise<DepartmentListChange>;
  rename(id: DepartmentId, name: string): Promise<DepartmentListChange>;
  /** Refused while anybody, archived or not, still belongs to the department. */
  remove(id: DepartmentId): Promise<DepartmentListChange>;
}

/** The stored list, or the defaults when the user never changed it. */
export async function readDepartments(db: TandemDatabase): Promise<Department[]> {
  const row = await db.settings.get('departments');
  return row?.key === 'departments' ? row.value : [...DEFAULT_DEPARTMENTS];
}

export function departmentsRepository(db: TandemDatabase, context: WriteContext): DepartmentsRepository {
  /** Reads, changes and writes the list in one transaction; a refusal writes nothing. */
  function change(edit: (list: Department[]) => Promise<DepartmentListChange> | DepartmentListChange) {
    return db.transaction('rw', db.settings, db.people, async () => {
      const outcome = await edit(await readDepartments(db));
      if (outcome.ok) await db.settings.put({ key: 'departments', value: outcome.value });
      return outcome;
    });
  }

  return {
    add: (name) => change((list) => addDepartment(list, name, context.newId)),
    rename: (id, name) => change((list) => renameDepartment(list, id, name)),
    remove: (id) =>
      change(async (list) =>
        removeDepartment(list, id, await db.people.where('departmentId').equals(id).toArray()),
      ),
  };
}
