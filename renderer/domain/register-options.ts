/**
 * The choices the register's filters offer: only owners, departments, units and scopes that occur
 * in the register, so each choice on its own shows something. Units and scope tags are
 * merged ignoring case and accents ("Iberia" and "iberia" are one choice), spelled as the newest
 * decision spells it.
 */
import type { Register } from './register';
import { foldForSearch } from './text';
import type { DepartmentId, Id } from './types';

export interface RegisterOptions {
  /** Owners by name. */
  owners: { id: Id; name: string }[];
  departmentIds: DepartmentId[];
  orgUnits: string[];
  /** Named regions and units (global is always a choice and not listed). */
  scopes: string[];
}

export function registerOptions(register: Register): RegisterOptions {
  const entries = [...register.decisions, ...register.actions];
  const owners = new Map<Id, string>();
  for (const decision of register.decisions) {
    if (decision.ownerId !== undefined) owners.set(decision.ownerId, decision.row.accountable ?? '');
  }
  for (const action of register.actions) {
    if (action.ownerId !== undefined) owners.set(action.ownerId, action.row.owner ?? '');
  }
  return {
    owners: [...owners]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    departmentIds: [...new Set(entries.flatMap((entry) => entry.departmentId ?? []))].sort(),
    orgUnits: distinct(entries.flatMap((entry) => entry.orgUnit ?? [])),
    scopes: distinct(register.decisions.flatMap((entry) => entry.scope ?? [])),
  };
}

/** Distinct non-blank texts, ignoring case and accents, sorted; each spelling is folded once. */
function distinct(texts: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const text of new Set(texts)) {
    const trimmed = text.trim();
    const key = foldForSearch(trimmed);
    if (key !== '' && !seen.has(key)) seen.set(key, trimmed);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
