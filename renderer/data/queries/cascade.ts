/**
 * Reads of the cascade to local units (domain/cascade.ts): the decided decisions asking units for a
 * response, with their live rows (for a meeting's run screen), and what one unit's response file
 * holds or is checked against. `undefined` means loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { unitFileEntries, unitKey, type UnitFileDecision } from '../../domain/cascade';
import type { CascadeResponse, Decision, Id } from '../../domain/types';
import type { TandemDatabase } from '../database';
import { useWorkspace } from '../provider';

const live = <T extends { deletedAt?: string }>(record: T): boolean => record.deletedAt === undefined;

export interface DecisionCascade {
  decision: Decision;
  rows: CascadeResponse[];
}

/** Every decided decision that asks units, with its live rows by unit; highest number first. */
export async function readCascades(db: TandemDatabase): Promise<DecisionCascade[]> {
  const rows = (await db.cascadeResponses.toArray()).filter(live);
  const ids = [...new Set(rows.map((row) => row.decisionId))];
  const decisions = (await db.decisions.bulkGet(ids)).flatMap((decision) =>
    decision && live(decision) && decision.status === 'decided' ? [decision] : [],
  );
  return decisions
    .map((decision) => ({
      decision,
      rows: rows
        .filter((row) => row.decisionId === decision.id)
        .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0)),
    }))
    .sort((a, b) => b.decision.number - a.decision.number);
}

/** The live cascades, re-read whenever a decision or response changes. */
export function useCascades(): DecisionCascade[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => readCascades(db), [db]);
}

/** The units some live row names, once each (as first written), sorted. */
export async function readCascadeUnits(db: TandemDatabase): Promise<string[]> {
  const units = new Map<string, string>();
  for (const row of await db.cascadeResponses.toArray())
    if (live(row) && !units.has(unitKey(row.unit))) units.set(unitKey(row.unit), row.unit);
  return [...units.values()].sort((a, b) => a.localeCompare(b));
}

/** What the response file of `unit` lists: its rows of decided decisions, with owners named. */
export async function readUnitFileEntries(db: TandemDatabase, unit: string): Promise<UnitFileDecision[]> {
  const rows = (await db.cascadeResponses.toArray()).filter(
    (row) => live(row) && unitKey(row.unit) === unitKey(unit),
  );
  const decisions = new Map<Id, Decision>();
  for (const decision of await db.decisions.bulkGet(rows.map((row) => row.decisionId)))
    if (decision) decisions.set(decision.id, decision);
  const people = new Map((await db.people.toArray()).map((person) => [person.id, person.name]));
  return unitFileEntries(unit, rows, decisions, (id) => (id === undefined ? undefined : people.get(id)));
}

/** The live rows of decided decisions, which a unit's response file is checked against. */
export async function readAskingRows(db: TandemDatabase): Promise<CascadeResponse[]> {
  return (await readCascades(db)).flatMap((cascade) => cascade.rows);
}
