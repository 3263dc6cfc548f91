import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DEPARTMENTS } from '../../renderer/domain/departments';
import { readDepartments } from '../../renderer/data/repositories/departments';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

describe('departments repository', () => {
  it('gives the defaults and stores nothing until the list is changed', async () => {
    workspace = testWorkspace();
    expect(await readDepartments(workspace.db)).toEqual(DEFAULT_DEPARTMENTS);
    expect(await workspace.db.settings.get('departments')).toBeUndefined();
  });

  it('stores an added department in the settings row, after the defaults', async () => {
    workspace = testWorkspace();
    await workspace.departments.add('Customer Success');
    expect(await workspace.db.settings.get('departments')).toEqual({
      key: 'departments',
      value: [
        ...DEFAULT_DEPARTMENTS,
        { id: '00000000-0000-4000-8000-000000000001', name: 'Customer Success', builtIn: false },
      ],
    });
  });

  it('renames a custom department and writes nothing when a rename is refused', async () => {
    workspace = testWorkspace();
    const added = await workspace.departments.add('Finanse');
    if (!added.ok) throw new Error('add failed');
    await workspace.departments.rename(added.department.id, 'Finance');
    expect((await readDepartments(workspace.db)).at(-1)?.name).toBe('Finance');
    expect((await workspace.departments.rename(added.department.id, 'marketing')).ok).toBe(false);
    expect((await workspace.departments.rename('sales', 'Vertrieb')).ok).toBe(false);
    expect((await readDepartments(workspace.db)).map((department) => department.name)).toEqual([
      'Marketing',
      'Sales',
      'Product',
      'Management',
      'Other',
      'Finance',
    ]);
  });

  it('refuses to remove a department that people, even archived ones, still belong to', async () => {
    workspace = testWorkspace();
    const added = await workspace.departments.add('Finance');
    if (!added.ok) throw new Error('add failed');
    const person = await workspace.people.create({
      name: 'Ana',
      departmentId: added.department.id,
      orgUnit: '',
      email: '',
    });
    if (!person.ok) throw new Error('create failed');
    await workspace.people.archive(person.value.id);

    expect(await workspace.departments.remove(added.department.id)).toEqual({
      ok: false,
      error: { code: 'department-in-use', departmentId: added.department.id, count: 1 },
    });
    expect(await readDepartments(workspace.db)).toHaveLength(DEFAULT_DEPARTMENTS.length + 1);

    await workspace.people.update(person.value.id, {
      name: 'Ana',
      departmentId: 'other',
      orgUnit: '',
      email: '',
    });
    expect((await workspace.departments.remove(added.department.id)).ok).toBe(true);
    expect(await readDepartments(workspace.db)).toEqual(DEFAULT_DEPARTMENTS);
  });
});
