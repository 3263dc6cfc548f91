/**
 * The conflict balance, kept as a tally (schema version 4). Counting a meeting's points by level
 * through an index walks every one of them: 5,000 points cost IndexedDB about 70 ms, 200 ms when
 * its cache is cold, on every capture and in front of every other read, the audience window's
 * included. So each write to the conflict points also updates, in the same transaction, one row
 * per meeting and one per agenda item with the number of live points on each level; the balance
 * is then two rows read by key.
 *
 * A DBCore middleware does this for every write, whichever code makes it (capture, status change,
 * reframe, deletion and restore, carry-over, import, restore from a backup): it reads the rows a
 * write replaces or deletes, lets the write through, and adds what the successful part of the write
 * changed. It sits above Dexie's own observability, so a tally row it writes wakes the live queries
 * that read it, in this window and in every other one. If the write fails, the transaction aborts,
 * tally included. The upgrade to version 4 counts the tallies of the points already stored.
 */
import Dexie from 'dexie';
import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction } from 'dexie';
import { balance, type LevelCounts } from '../../domain/conflicts';
import type { ConflictPoint, Id } from '../../domain/types';

/** One tally row: the live points of a meeting or of an agenda item, by level. */
export interface ConflictTally extends LevelCounts {
  /** `meeting:<id>` or `item:<id>`. */
  key: string;
}

const POINTS = 'conflictPoints';
export const TALLIES = 'conflictTallies';

export const meetingTallyKey = (meetingId: Id) => `meeting:${meetingId}`;
export const itemTallyKey = (agendaItemId: Id) => `item:${agendaItemId}`;

export const NO_COUNTS: LevelCounts = { content: 0, relationship: 0, openRelationship: 0 };

/**
 * What one point adds to the tallies it counts in, counted by the domain's own `balance`, so the
 * tally and the counted balance cannot follow different rules; a deleted point counts nowhere.
 */
function contribution(point: ConflictPoint): { keys: string[]; counts: LevelCounts } | undefined {
  const counts = balance([point]);
  if (counts.total === 0) return undefined;
  const keys = [meetingTallyKey(point.meetingId)];
  if (point.agendaItemId !== undefined) keys.push(itemTallyKey(point.agendaItemId));
  return { keys, counts };
}

/** Changes to tally rows, by key, from points going away (`sign` -1) and points coming (+1). */
export class TallyChanges {
  readonly byKey = new Map<string, LevelCounts>();

  add(point: ConflictPoint | undefined, sign: 1 | -1): void {
    const part = point && contribution(point);
    if (!part) return;
    for (const key of part.keys) {
      const counts = this.byKey.get(key) ?? { ...NO_COUNTS };
      counts.content += sign * part.counts.content;
      counts.relationship += sign * part.counts.relationship;
      counts.openRelationship += sign * part.counts.openRelationship;
      this.byKey.set(key, counts);
    }
  }

  /** The tally rows after the changes, from the rows before (missing ones count zero). */
  applyTo(before: readonly (ConflictTally | undefined)[]): ConflictTally[] {
    return [...this.byKey].map(([key, change], index) => {
      const row = before[index] ?? { key, ...NO_COUNTS };
      return {
        key,
        content: row.content + change.content,
        relationship: row.relationship + change.relationship,
        openRelationship: row.openRelationship + change.openRelationship,
      };
    });
  }
}

/** The tallies of the points in `points`, as the upgrade to version 4 writes them. */
export function talliesOf(points: readonly ConflictPoint[]): ConflictTally[] {
  const changes = new TallyChanges();
  for (const point of points) changes.add(point, 1);
  return changes.applyTo([]);
}

type Rows = (ConflictPoint | undefined)[];

/**
 * The points a write replaces or deletes, read in the write's own transaction. (Dexie's promises
 * all the way, not async functions: they keep Dexie's transaction zone for the layers below.)
 */
function replaced(table: DBCoreTable, req: DBCoreMutateRequest): Promise<Map<Id, ConflictPoint>> {
  const { trans } = req;
  let rows: Promise<Rows>;
  if (req.type === 'deleteRange') {
    const query = { index: table.schema.primaryKey, range: req.range };
    rows = table.query({ trans, values: true, query }).then((response) => response.result as Rows);
  } else if (req.type === 'add') {
    // An add never replaces a row: where the id exists, that part of the write fails.
    rows = Dexie.Promise.resolve([]);
  } else {
    const keys = req.type === 'delete' ? req.keys : req.values.map((value: ConflictPoint) => value.id);
    rows = table.getMany({ trans, keys, cache: 'immutable' }) as Promise<Rows>;
  }
  return rows.then((found) => new Map(found.flatMap((row) => (row ? [[row.id, row] as const] : []))));
}

/** What the successful part of a write changes in the tallies. */
function changesOf(
  req: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  before: Map<Id, ConflictPoint>,
): TallyChanges {
  const changes = new TallyChanges();
  const failed = (index: number) => response.failures[index] !== undefined;
  if (req.type === 'add' || req.type === 'put') {
    // `before` follows the write row by row: a write may hold the same id twice.
    (req.values as readonly ConflictPoint[]).forEach((point, index) => {
      if (failed(index)) return;
      changes.add(before.get(point.id), -1);
      before.set(point.id, point);
      changes.add(point, 1);
    });
  } else {
    // A deletion removes every row it found (IndexedDB deletes a missing key without complaint).
    for (const point of before.values()) changes.add(point, -1);
  }
  return changes;
}

type Tallies = Map<string, ConflictTally | undefined>;

/** The tally rows under `keys`, read in the write's transaction. */
function readTallies(table: DBCoreTable, trans: DBCoreTransaction, keys: string[]): Promise<Tallies> {
  if (keys.length === 0) return Dexie.Promise.resolve(new Map());
  return table
    .getMany({ trans, keys })
    .then((rows) => new Map(keys.map((key, index) => [key, rows[index] as ConflictTally | undefined])));
}

/** The tally keys the points being written count in (those they replace may add more). */
function incomingKeys(req: DBCoreMutateRequest): string[] {
  if (req.type !== 'add' && req.type !== 'put') return [];
  const values = req.values as readonly ConflictPoint[];
  return [...new Set(values.flatMap((point) => contribution(point)?.keys ?? []))];
}

/** Writes the changed tally rows; `known` holds those already read. */
function writeTallies(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  changes: TallyChanges,
  known: Tallies,
): Promise<void> {
  if (changes.byKey.size === 0) return Dexie.Promise.resolve();
  const missing = [...changes.byKey.keys()].filter((key) => !known.has(key));
  return readTallies(table, trans, missing)
    .then((more) => {
      const before = [...changes.byKey.keys()].map((key) => known.get(key) ?? more.get(key));
      return table.mutate({ trans, type: 'put', values: changes.applyTo(before) });
    })
    .then((response) => {
      if (response.numFailures > 0) throw Object.values(response.failures)[0];
    });
}

/** Installs the tally on a database before it opens (after its versions are declared). */
export function keepConflictTallies(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'conflict-tally',
    // Above Dexie's observability and cache (level 0), so tally writes are seen by live queries.
    level: 1,
    create: (down) => {
      const hasTallies = down.schema.tables.some((table) => table.name === TALLIES);
      if (!hasTallies) return down;
      return {
        ...down,
        transaction(stores, mode, options) {
          const widened =
            mode === 'readwrite' && stores.includes(POINTS) && !stores.includes(TALLIES)
              ? [...stores, TALLIES]
              : stores;
          return down.transaction(widened, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (name !== POINTS) return table;
          return {
            ...table,
            // Everything the write needs is asked for at once, ahead of the write itself (IndexedDB
            // answers the requests of a transaction in order, so the reads see the rows before it):
            // one round trip, then the tally rows, then the commit.
            mutate: (req) => {
              const tallies = down.table(TALLIES);
              const before = replaced(table, req);
              const known = readTallies(tallies, req.trans, incomingKeys(req));
              const written = table.mutate(req);
              return Dexie.Promise.all([before, known, written]).then(([rows, read, response]) =>
                writeTallies(tallies, req.trans, changesOf(req, response, rows), read).then(() => response),
              );
            },
          };
        },
      };
    },
  });
}
