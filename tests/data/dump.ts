/** Every row of every table of a database, to prove that a refused or failed write changed nothing. */
import type { TandemDatabase } from '../../renderer/data/database';

export async function dumpDatabase(db: TandemDatabase): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return tables;
}
