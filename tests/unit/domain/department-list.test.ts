import { describe, expect, it } from 'vitest';
import {
  addDepartment,
  MAX_DEPARTMENT_NAME_LENGTH,
  removeDepartment,
  renameDepartment,
} from '../../../renderer/domain/department-list';
import { DEFAULT_DEPARTMENTS } from '../../../renderer/domain/departments';

const withFinance = [...DEFAULT_DEPARTMENTS, { id: 'f', name: 'Finance', builtIn: false }];

describe('editing the department list', () => {
  it('appends a custom department with a cleaned name and a new id', () => {
    const outcome = addDepartment(DEFAULT_DEPARTMENTS, '  Customer   Success ', () => 'd1');
    expect(outcome.ok && outcome.value.at(-1)).toEqual({
      id: 'd1',
      name: 'Customer Success',
      builtIn: false,
    });
    expect(outcome.ok && outcome.value).toHaveLength(DEFAULT_DEPARTMENTS.length + 1);
  });

  it('refuses an empty name, a name over the limit and a name already taken', () => {
    expect(addDepartment(DEFAULT_DEPARTMENTS, ' ', () => 'x')).toEqual({
      ok: false,
      error: { code: 'department-name-empty' },
    });
    expect(addDepartment(DEFAULT_DEPARTMENTS, 'x'.repeat(MAX_DEPARTMENT_NAME_LENGTH + 1), () => 'x')).toEqual(
      {
        ok: false,
        error: { code: 'department-name-too-long' },
      },
    );
    expect(addDepartment(DEFAULT_DEPARTMENTS, 'SALES', () => 'x')).toEqual({
      ok: false,
      error: { code: 'department-name-taken', departmentId: 'sales' },
    });
  });

  it('renames a custom department, also to a different case of its own name', () => {
    const outcome = renameDepartment(withFinance, 'f', 'FINANCE');
    expect(outcome.ok && outcome.department).toEqual({ id: 'f', name: 'FINANCE', builtIn: false });
  });

  it('never renames or removes a built-in department', () => {
    expect(renameDepartment(DEFAULT_DEPARTMENTS, 'sales', 'Vertrieb')).toEqual({
      ok: false,
      error: { code: 'department-built-in' },
    });
    expect(removeDepartment(DEFAULT_DEPARTMENTS, 'other', [])).toEqual({
      ok: false,
      error: { code: 'department-built-in' },
    });
  });

  it('removes a custom department only while nobody belongs to it', () => {
    expect(removeDepartment(withFinance, 'f', [{ departmentId: 'f' }, { departmentId: 'f' }])).toEqual({
      ok: false,
      error: { code: 'department-in-use', departmentId: 'f', count: 2 },
    });
    const outcome = removeDepartment(withFinance, 'f', [{ departmentId: 'sales' }]);
    expect(outcome.ok && outcome.value).toEqual(DEFAULT_DEPARTMENTS);
  });

  it('says when the department is not in the list', () => {
    expect(removeDepartment(DEFAULT_DEPARTMENTS, 'gone', [])).toEqual({
      ok: false,
      error: { code: 'department-unknown' },
    });
  });
});
