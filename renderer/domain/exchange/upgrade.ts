/**
 * Reading a meeting file of an earlier version as one of the current version. Version 1 was written
 * before the live cockpit: it has no votes, rounds or mirror rounds, and its agenda items no timer
 * extensions. Version 2 was written before follow-through (issue 17): its decisions have no "revisit
 * if" conditions, and it has none of the tables version 3 added. Those are exactly what a current
 * file of the same meeting would hold as empty lists, so the upgrade adds them and nothing else;
 * every other check applies to the file unchanged.
 */
import { EXCHANGE_VERSION } from './envelope';

/** The tables a version 2 file added. */
const ADDED_IN_VERSION_2 = ['votes', 'roundEntries', 'mirrorRounds'] as const;
/** The tables a version 3 file added (issue 17's follow-through records). */
const ADDED_IN_VERSION_3: readonly string[] = ['ledgerEntries', 'ledgerReviews'];

/**
 * The file as the current version reads it. `raw` has passed the envelope check, so its version is
 * one that this build reads. A table that a version 1 file should not have is left for the schemas,
 * which refuse what is wrong in it.
 */
export function upgradeToCurrent(raw: Record<string, unknown>): Record<string, unknown> {
  if (raw.version === EXCHANGE_VERSION) return raw;
  const upgraded: Record<string, unknown> = { ...raw, version: EXCHANGE_VERSION };
  for (const table of ADDED_IN_VERSION_2) upgraded[table] ??= [];
  for (const table of ADDED_IN_VERSION_3) upgraded[table] ??= [];
  // Agenda items gain their empty list of extensions, and decisions their empty list of "revisit if"
  // conditions, in the schemas (agendaItemSchema, decisionSchema).
  return upgraded;
}
