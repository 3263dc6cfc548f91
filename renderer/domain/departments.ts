/**
 * Departments and the balance between them. The list is configurable; these five are the
 * defaults. Marketing and Sales are special: the point of a joint session is that both shape
 * the strategy, so the balance says plainly when either side is missing.
 */
import type { Department, DepartmentId } from './types';

export const MARKETING: DepartmentId = 'marketing';
export const SALES: DepartmentId = 'sales';

/** The departments a new workspace starts with; the UI translates built-in names by id. */
export const DEFAULT_DEPARTMENTS: readonly Department[] = [
  { id: MARKETING, name: 'Marketing', builtIn: true },
  { id: SALES, name: 'Sales', builtIn: true },
  { id: 'product', name: 'Product', builtIn: true },
  { id: 'management', name: 'Management', builtIn: true },
  { id: 'other', name: 'Other', builtIn: true },
];

/** How many people of each department take part, and whether either joint side is missing. */
export interface DepartmentBalance {
  counts: ReadonlyMap<DepartmentId, number>;
  total: number;
  missingMarketing: boolean;
  missingSales: boolean;
}

/** The balance of a group, given each member's department (one entry per person). */
export function departmentBalance(departmentIds: readonly DepartmentId[]): DepartmentBalance {
  const counts = new Map<DepartmentId, number>();
  for (const id of departmentIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return {
    counts,
    total: departmentIds.length,
    missingMarketing: !counts.has(MARKETING),
    missingSales: !counts.has(SALES),
  };
}
