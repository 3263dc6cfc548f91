/**
 * People and definitions in an import: the workspace's directory and glossary, shared by every
 * meeting. A record the workspace lacks is added; one that differs in content (times aside) is
 * listed, and changes only when the user takes the file's version and that version is not older
 * than the one here. Times are compared as instants: `…:07Z` is older than `…:07.465Z`, although
 * as strings it sorts after it.
 */
import type { Definition, Id, Person } from '../types';

export type SharedDifference =
  | { kind: 'person'; here: Person; file: Person; fileIsOlder: boolean }
  | { kind: 'definition'; here: Definition; file: Definition; fileIsOlder: boolean };

/** The shared records of an import: the new ones, and those that differ from the ones here. */
export interface SharedPlan {
  newPeople: Person[];
  newDefinitions: Definition[];
  differing: SharedDifference[];
}

/** Compares two ISO 8601 instants by the time they name, whatever their precision. */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

/** The file's records the workspace lacks, and those that differ from the ones here. */
export function compareShared<T extends { id: Id; createdAt: string; updatedAt: string }>(
  incoming: readonly T[],
  stored: readonly T[],
) {
  const here = new Map(stored.map((record) => [record.id, record]));
  const added: T[] = [];
  const differing: { here: T; file: T; fileIsOlder: boolean }[] = [];
  for (const record of incoming) {
    const mine = here.get(record.id);
    if (mine === undefined) added.push(record);
    else if (content(mine) !== content(record)) {
      differing.push({
        here: mine,
        file: record,
        fileIsOlder: compareInstants(record.updatedAt, mine.updatedAt) < 0,
      });
    }
  }
  return { added, differing };
}

/** A record's content without its times, keys in a fixed order. */
function content(record: object): string {
  const entries = Object.entries(record).filter(
    ([key, value]) => key !== 'createdAt' && key !== 'updatedAt' && value !== undefined,
  );
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The user's choice per differing shared record: the ids whose file version is taken. */
export type SharedChoice = ReadonlySet<Id>;

/** The people and definitions an import writes: the new ones and the chosen file versions. */
export function sharedToWrite(
  plan: SharedPlan,
  takeFile: SharedChoice,
): { people: Person[]; definitions: Definition[] } {
  const chosen = plan.differing.filter((d) => takeFile.has(d.file.id) && !d.fileIsOlder);
  return {
    people: [...plan.newPeople, ...chosen.flatMap((d) => (d.kind === 'person' ? [d.file] : []))],
    definitions: [
      ...plan.newDefinitions,
      ...chosen.flatMap((d) => (d.kind === 'definition' ? [d.file] : [])),
    ],
  };
}
