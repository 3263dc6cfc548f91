/**
 * The zod schemas of the JSON exchange format (docs/exchange-format.md), one per record type.
 * A file from another machine is untrusted input: every object is strict (an unknown key is
 * refused), every string, list and number is bounded by the limit the app's own forms keep
 * (domain/limits.ts), calendar dates must be real days, timestamps ISO 8601 in UTC, and enums exact. The `satisfies` clauses keep the schemas in step with `types.ts`.
 * docs/exchange-format.schema.json is generated from these schemas by a test.
 */
import { z } from 'zod';
import { LANGUAGES } from '../../i18n/language';
import { isCalendarDate } from '../calendar';
import { FILE_LIMITS, LIMITS, type Range } from '../limits';
import { EXCHANGE_VERSION, MEETING_FORMAT } from './envelope';
import type {
  ActionItem,
  AgendaItem,
  Attendance,
  ConflictPoint,
  Decision,
  Definition,
  KnowledgeItem,
  LedgerEntry,
  LedgerReview,
  Meeting,
  MirrorRound,
  Party,
  ParkingLotPoint,
  ReopenReason,
  Person,
  RoundEntry,
  SpeakerTurn,
  TimerExtension,
  TimeSpan,
  Vote,
} from '../types';

/** A record id: a UUID in practice; letters, digits and dashes, as the router accepts them. */
export const idSchema = z
  .string()
  .min(1)
  .max(FILE_LIMITS.idLength)
  .regex(/^[0-9A-Za-z-]+$/)
  .meta({ id: 'Id', description: 'A record id: a UUID, or letters, digits and dashes.' });

/**
 * The template a meeting was made from: a record id for the user's own templates, or the name of a
 * built-in one, `builtin:<kind>:<language>` (domain/templates.ts), which has no record to point at.
 */
export const templateIdSchema = z
  .string()
  .min(1)
  .max(FILE_LIMITS.idLength)
  .regex(/^([0-9A-Za-z-]+|builtin:[a-z-]+:(en|de))$/)
  .meta({ id: 'TemplateId', description: 'A template id, or builtin:<kind>:<language>.' });

/** Text of at most `max` characters; `text(max, 1)` for text that must not be empty. */
const text = (max: number, min?: number) =>
  min === undefined ? z.string().max(max) : z.string().min(min).max(max);
/** A whole number in `range`. */
const whole = (range: Range) => z.int().min(range.min).max(range.max);

/** An instant in UTC, e.g. `2026-11-27T09:30:00.000Z`. */
export const timestampSchema = z.iso
  .datetime()
  .meta({ id: 'Timestamp', description: 'An instant, ISO 8601 in UTC (ending in Z).' });
/** A real calendar date, `YYYY-MM-DD` (not `2026-02-30`). */
export const calendarDateSchema = z.iso
  .date()
  .refine(isCalendarDate, { message: 'invalid-date' })
  .meta({ id: 'CalendarDate', description: 'A real calendar date, YYYY-MM-DD, years 1900 to 2999.' });
/** A time of day, `HH:MM` in 24 hours. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

const languageSchema = z.enum(LANGUAGES);
const departmentIdSchema = z
  .string()
  .min(1)
  .max(FILE_LIMITS.idLength)
  .regex(/^[0-9A-Za-z-]+$/);
const idList = (max: number) => z.array(idSchema).max(max);

const meta = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.optional(),
};

export const personSchema = z
  .strictObject({
    ...meta,
    name: text(LIMITS.person.name, 1),
    departmentId: departmentIdSchema,
    orgUnit: text(LIMITS.person.orgUnit),
    email: text(LIMITS.person.email).optional(),
    archived: z.boolean(),
  })
  .meta({ id: 'Person' }) satisfies z.ZodType<Person>;

export const meetingSchema = z
  .strictObject({
    ...meta,
    title: text(LIMITS.meeting.title, 1),
    goal: text(LIMITS.meeting.goal),
    date: calendarDateSchema,
    startTime: timeOfDaySchema,
    durationMinutes: whole(LIMITS.meeting.durationMinutes),
    location: text(LIMITS.meeting.location),
    language: languageSchema,
    status: z.enum(['planned', 'running', 'ended']),
    seriesId: idSchema.optional(),
    previousMeetingId: idSchema.optional(),
    templateId: templateIdSchema.optional(),
    groundRules: z.array(text(LIMITS.meeting.groundRule)).max(LIMITS.meeting.groundRules),
    startedAt: timestampSchema.optional(),
    pausedAt: timestampSchema.optional(),
    endedAt: timestampSchema.optional(),
    activeAgendaItemId: idSchema.optional(),
    definitionIds: idList(LIMITS.meeting.definitionIds),
  })
  .meta({ id: 'Meeting' }) satisfies z.ZodType<Meeting>;

export const attendanceSchema = z
  .strictObject({
    ...meta,
    meetingId: idSchema,
    personId: idSchema,
    role: z.enum(['facilitator', 'minute-taker', 'decision-maker', 'participant', 'guest']),
    present: z.boolean(),
  })
  .meta({ id: 'Attendance' }) satisfies z.ZodType<Attendance>;

const timeSpanSchema = z
  .strictObject({
    start: timestampSchema,
    end: timestampSchema.optional(),
  })
  .meta({ id: 'TimeSpan' }) satisfies z.ZodType<TimeSpan>;

const timerExtensionSchema = z
  .strictObject({
    at: timestampSchema,
    minutes: whole(LIMITS.agendaItem.extensionMinutes),
    askedByPersonId: idSchema.optional(),
  })
  .meta({ id: 'TimerExtension' }) satisfies z.ZodType<TimerExtension>;

export const agendaItemSchema = z
  .strictObject({
    ...meta,
    meetingId: idSchema,
    position: z.number().finite(),
    title: text(LIMITS.agendaItem.title),
    description: text(LIMITS.agendaItem.description),
    kind: z.enum(['information', 'discussion', 'decision']),
    presenterIds: idList(LIMITS.agendaItem.presenterIds),
    timeboxMinutes: whole(LIMITS.agendaItem.timeboxMinutes),
    status: z.enum(['pending', 'active', 'done', 'skipped', 'deferred']),
    actualStart: timestampSchema.optional(),
    actualEnd: timestampSchema.optional(),
    spans: z.array(timeSpanSchema).max(FILE_LIMITS.records),
    // Files of version 1 have no extensions.
    extensions: z.array(timerExtensionSchema).max(LIMITS.agendaItem.extensions).default([]),
    notes: text(LIMITS.agendaItem.notes),
    carriedFromId: idSchema.optional(),
  })
  .meta({ id: 'AgendaItem' }) satisfies z.ZodType<AgendaItem>;

const categorySchema = z.enum([
  'goals',
  'facts-figures',
  'priorities',
  'budget-resources',
  'process-responsibilities',
  'customers-market',
  'power-status',
  'trust',
  'communication-style',
  'recognition-blame',
  'territory',
]);

export const conflictPointSchema = z
  .strictObject({
    ...meta,
    meetingId: idSchema,
    agendaItemId: idSchema.optional(),
    statement: text(LIMITS.conflictPoint.statement),
    level: z.enum(['content', 'relationship']),
    category: categorySchema.optional(),
    raisedByDepartmentId: departmentIdSchema.optional(),
    raisedByPersonId: idSchema.optional(),
    positionMarketing: text(LIMITS.conflictPoint.position),
    positionSales: text(LIMITS.conflictPoint.position),
    status: z.enum(['open', 'reframed', 'resolved', 'parked', 'escalated']),
    resolution: text(LIMITS.conflictPoint.resolution),
    private: z.boolean(),
    reframedAsId: idSchema.optional(),
    reframedFromId: idSchema.optional(),
    decisionId: idSchema.optional(),
    touchesDecisionIds: idList(LIMITS.decisionGate.conditions * 5).optional(),
    carriedFromId: idSchema.optional(),
  })
  .meta({ id: 'ConflictPoint' }) satisfies z.ZodType<ConflictPoint>;

const partySchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('person'), personId: idSchema }),
    z.strictObject({ kind: z.literal('department'), departmentId: departmentIdSchema }),
    z.strictObject({ kind: z.literal('org-unit'), name: text(LIMITS.person.orgUnit) }),
  ])
  .meta({ id: 'Party' }) satisfies z.ZodType<Party>;
const parties = z.array(partySchema).max(LIMITS.decision.parties);
const stanceSchema = z.enum(['agree', 'agree-with-reservations', 'object']);

const reopenReasonSchema = z
  .strictObject({
    conditionIndex: z
      .int()
      .min(0)
      .max(LIMITS.decisionGate.conditions - 1)
      .optional(),
    text: text(LIMITS.decisionGate.reason, 1),
    meetingId: idSchema,
    at: timestampSchema,
  })
  .meta({ id: 'ReopenReason' }) satisfies z.ZodType<ReopenReason>;

export const decisionSchema = z
  .strictObject({
    ...meta,
    meetingId: idSchema,
    agendaItemId: idSchema.optional(),
    number: whole(LIMITS.decision.number),
    statement: text(LIMITS.decision.statement),
    rationale: text(LIMITS.decision.text),
    alternatives: text(LIMITS.decision.text),
    method: z.enum(['consensus', 'consent', 'majority', 'vote', 'delegated', 'management-call']),
    accountablePersonId: idSchema.optional(),
    responsible: parties,
    consulted: parties,
    informed: parties,
    scope: z.array(text(LIMITS.decision.scopeTag)).max(LIMITS.decision.scopeTags),
    dueDate: calendarDateSchema.optional(),
    reviewDate: calendarDateSchema.optional(),
    status: z.enum(['proposed', 'decided', 'superseded', 'revoked']),
    supersedesId: idSchema.optional(),
    settlesConflictIds: idList(LIMITS.decision.settlesConflictIds),
    stanceMarketing: stanceSchema.optional(),
    stanceSales: stanceSchema.optional(),
    // Files of versions 1 and 2 have no "revisit if" conditions.
    revisitIf: z
      .array(text(LIMITS.decisionGate.condition, 1))
      .max(LIMITS.decisionGate.conditions)
      .default([]),
    reopenedBecause: reopenReasonSchema.optional(),
  })
  .meta({ id: 'Decision' }) satisfies z.ZodType<Decision>;

export const actionItemSchema = z
  .strictObject({
    ...meta,
    meetingId: idSchema,
    what: text(LIMITS.actionItem.what),
    ownerPersonId: idSchema.optional(),
    dueDate: calendarDateSchema.optional(),
    channel: z.enum(['in-person', 'call', 'email', 'document']).optional(),
    status: z.enum(['open', 'done', 'dropped']),
    decisionId: idSchema.optional(),
    agendaItemId: idSchema.optional(),
    carriedFromId: idSchema.optional(),
  })
  .meta({ id: 'ActionItem' }) satisfies z.ZodType<ActionItem>;

export const knowledgeItemSchema = z
  .strictObject({
    ...meta,
    meetingId: idSchema,
    agendaItemId: idSchema.optional(),
    kind: z.enum(['fact', 'question']),
    text: text(LIMITS.knowledgeItem.text),
    topic: text(LIMITS.knowledgeItem.topic),
    broughtByDepartmentId: departmentIdSchema.optional(),
    answer: text(LIMITS.knowledgeItem.answer),
    status: z.enum(['open', 'answered']),
    actionItemId: idSchema.optional(),
    carriedFromId: idSchema.optional(),
  })
  .meta({ id: 'KnowledgeItem' }) satisfies z.ZodType<KnowledgeItem>;

export const parkingLotPointSchema = z
  .strictObject({
    ...meta,
    meetingId: idSchema,
    text: text(LIMITS.parkingLot.text),
    agendaItemId: idSchema.optional(),
    carriedFromId: idSchema.optional(),
    status: z.enum(['open', 'carried', 'closed']),
  })
  .meta({ id: 'ParkingLotPoint' }) satisfies z.ZodType<ParkingLotPoint>;

export const speakerTurnSchema = z
  .strictObject({
    ...meta,
    meetingId: idSchema,
    personId: idSchema,
    raisedAt: timestampSchema,
    start: timestampSchema.optional(),
    end: timestampSchema.optional(),
  })
  .meta({ id: 'SpeakerTurn' }) satisfies z.ZodType<SpeakerTurn>;

export const definitionSchema = z
  .strictObject({
    ...meta,
    term: text(LIMITS.definition.term),
    meaning: text(LIMITS.definition.meaning),
    agreedInMeetingId: idSchema.optional(),
  })
  .meta({ id: 'Definition' }) satisfies z.ZodType<Definition>;

export const voteSchema = z
  .strictObject({
    ...meta,
    meetingId: idSchema,
    agendaItemId: idSchema.optional(),
    question: text(LIMITS.vote.question, 1),
    kind: z.enum(['options', 'fist-of-five']),
    options: z.array(text(LIMITS.vote.option, 1)).max(LIMITS.vote.options.max),
    counts: z
      .array(
        z.strictObject({
          option: z
            .int()
            .min(0)
            .max(LIMITS.vote.options.max - 1),
          departmentId: departmentIdSchema,
          count: whole(LIMITS.vote.count),
        }),
      )
      .max(FILE_LIMITS.records),
    openedAt: timestampSchema,
    closedAt: timestampSchema.optional(),
    decisionId: idSchema.optional(),
  })
  .meta({ id: 'Vote' }) satisfies z.ZodType<Vote>;

const rating = whole(LIMITS.round.rating);

export const roundEntrySchema = z
  .strictObject({
    ...meta,
    meetingId: idSchema,
    kind: z.enum(['check-in', 'check-out']),
    personId: idSchema,
    departmentId: departmentIdSchema,
    word: text(LIMITS.round.word).optional(),
    mood: rating.optional(),
    worthTime: rating.optional(),
    heard: rating.optional(),
  })
  .meta({ id: 'RoundEntry' }) satisfies z.ZodType<RoundEntry>;

const confirmationSchema = z.enum(['yes', 'partly', 'no']);

export const mirrorRoundSchema = z
  .strictObject({
    ...meta,
    meetingId: idSchema,
    conflictPointId: idSchema.optional(),
    decisionId: idSchema.optional(),
    marketingRestates: text(LIMITS.mirrorRound.restatement),
    salesConfirms: confirmationSchema.optional(),
    salesRestates: text(LIMITS.mirrorRound.restatement),
    marketingConfirms: confirmationSchema.optional(),
    startedAt: timestampSchema,
    endedAt: timestampSchema.optional(),
  })
  .meta({ id: 'MirrorRound' }) satisfies z.ZodType<MirrorRound>;

const figure = z.number().finite().min(LIMITS.ledger.figure.min).max(LIMITS.ledger.figure.max);

const commitmentSchema = z.strictObject({
  gives: text(LIMITS.ledger.gives, 1),
  measure: text(LIMITS.ledger.measure),
  target: figure.optional(),
  unit: text(LIMITS.ledger.unit).optional(),
  ownerPersonId: idSchema.optional(),
});

/** A give-and-get agreement agreed in the file's meeting (issue 17). */
export const ledgerEntrySchema = z
  .strictObject({
    ...meta,
    meetingId: idSchema,
    seriesId: idSchema.optional(),
    decisionId: idSchema.optional(),
    title: text(LIMITS.ledger.title, 1),
    marketing: commitmentSchema,
    sales: commitmentSchema,
    period: text(LIMITS.ledger.period),
    startDate: calendarDateSchema,
    reviewDate: calendarDateSchema.optional(),
    status: z.enum(['active', 'ended']),
    endedAt: timestampSchema.optional(),
  })
  .meta({ id: 'LedgerEntry' }) satisfies z.ZodType<LedgerEntry>;

const sideReviewSchema = z.strictObject({
  verdict: z.enum(['kept', 'partly', 'broken']).optional(),
  note: text(LIMITS.ledger.note),
  figure: figure.optional(),
});

/** The review of one agreement (in the file or of an earlier meeting) recorded in the file's meeting. */
export const ledgerReviewSchema = z
  .strictObject({
    ...meta,
    entryId: idSchema,
    meetingId: idSchema,
    marketing: sideReviewSchema,
    sales: sideReviewSchema,
  })
  .meta({ id: 'LedgerReview' }) satisfies z.ZodType<LedgerReview>;

const table = <T extends z.ZodType>(record: T) => z.array(record).max(FILE_LIMITS.records);

/**
 * A whole meeting file of the current version (a version 1 file is first read as one: upgrade.ts).
 * Cross-references are checked after this (`references.ts`).
 */
export const meetingFileSchema = z.strictObject({
  format: z.literal(MEETING_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  exportedAt: timestampSchema,
  meeting: meetingSchema,
  attendance: table(attendanceSchema),
  people: table(personSchema),
  agendaItems: table(agendaItemSchema),
  conflictPoints: table(conflictPointSchema),
  decisions: table(decisionSchema),
  actionItems: table(actionItemSchema),
  knowledgeItems: table(knowledgeItemSchema),
  parkingLot: table(parkingLotPointSchema),
  definitions: table(definitionSchema),
  speakerTurns: table(speakerTurnSchema),
  votes: table(voteSchema),
  roundEntries: table(roundEntrySchema),
  mirrorRounds: table(mirrorRoundSchema),
  ledgerEntries: table(ledgerEntrySchema),
  ledgerReviews: table(ledgerReviewSchema),
});

/** A parsed, checked meeting file. */
export type MeetingFile = z.infer<typeof meetingFileSchema>;
export {
  EXCHANGE_VERSION,
  MEETING_FORMAT,
  MEETING_TABLES,
  READABLE_VERSIONS,
  type MeetingTable,
} from './envelope';
