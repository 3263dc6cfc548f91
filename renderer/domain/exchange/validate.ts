/**
 * Checks a parsed meeting file against the schemas part by part — the envelope, the meeting, then
 * each record — and stops once `MAX_REPORTED_ERRORS` are found. One pass over the whole file would
 * give the same answer for a good file, but for a hostile one with thousands of bad records it would
 * build an issue for every bad value before the first could be shown.
 */
import { z } from 'zod';
import { FILE_LIMITS } from '../limits';
import { fromZodIssues, MAX_REPORTED_ERRORS, type ExchangeError } from './errors';
import {
  actionItemSchema,
  agendaItemSchema,
  attendanceSchema,
  conflictPointSchema,
  decisionSchema,
  definitionSchema,
  knowledgeItemSchema,
  ledgerEntrySchema,
  ledgerReviewSchema,
  meetingFileSchema,
  meetingSchema,
  MEETING_TABLES,
  mirrorRoundSchema,
  parkingLotPointSchema,
  personSchema,
  roundEntrySchema,
  speakerTurnSchema,
  voteSchema,
  type MeetingFile,
  type MeetingTable,
} from './schemas';

const RECORD_SCHEMAS = {
  attendance: attendanceSchema,
  people: personSchema,
  agendaItems: agendaItemSchema,
  conflictPoints: conflictPointSchema,
  decisions: decisionSchema,
  actionItems: actionItemSchema,
  knowledgeItems: knowledgeItemSchema,
  parkingLot: parkingLotPointSchema,
  definitions: definitionSchema,
  speakerTurns: speakerTurnSchema,
  votes: voteSchema,
  roundEntries: roundEntrySchema,
  mirrorRounds: mirrorRoundSchema,
  ledgerEntries: ledgerEntrySchema,
  ledgerReviews: ledgerReviewSchema,
} satisfies Record<MeetingTable, z.ZodType>;

const list = z.array(z.unknown()).max(FILE_LIMITS.records);
/** The file with its meeting and records left for later: present, of the right kind, not too many. */
const envelopeSchema = meetingFileSchema.extend({
  meeting: z.looseObject({}),
  attendance: list,
  people: list,
  agendaItems: list,
  conflictPoints: list,
  decisions: list,
  actionItems: list,
  knowledgeItems: list,
  parkingLot: list,
  definitions: list,
  speakerTurns: list,
  votes: list,
  roundEntries: list,
  mirrorRounds: list,
  ledgerEntries: list,
  ledgerReviews: list,
});

export type ValidationResult = { ok: true; value: MeetingFile } | { ok: false; errors: ExchangeError[] };

/** The file checked by the schemas (not yet its cross-references), or its first errors. */
export function validateFile(raw: Record<string, unknown>): ValidationResult {
  const errors: ExchangeError[] = [];
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) errors.push(...fromZodIssues(envelope.error.issues, raw));

  function check<T>(schema: z.ZodType<T>, value: unknown, prefix: (string | number)[]): T | undefined {
    if (errors.length >= MAX_REPORTED_ERRORS) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    errors.push(...fromZodIssues(parsed.error.issues, raw, prefix));
    return undefined;
  }

  const meeting = isObject(raw.meeting) ? check(meetingSchema, raw.meeting, ['meeting']) : undefined;
  const tables: Partial<Record<MeetingTable, unknown[]>> = {};
  for (const table of MEETING_TABLES) {
    const rows = raw[table];
    if (!Array.isArray(rows) || rows.length > FILE_LIMITS.records) continue;
    const schema: z.ZodType = RECORD_SCHEMAS[table];
    tables[table] = rows.map((row, index) => check(schema, row, [table, index]));
  }
  if (errors.length > 0 || !envelope.success || meeting === undefined) {
    return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
  }
  // Every part passed its own schema, so together they pass the file's schema.
  return { ok: true, value: { ...envelope.data, meeting, ...tables } as MeetingFile };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
