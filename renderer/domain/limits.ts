/**
 * Every bound on what Tandem stores, in one place. The checks of the forms (`check…` in domain/),
 * the repositories that re-check them and the import schemas (exchange/schemas.ts) all read these
 * numbers, so whatever Tandem can store it can also export, back up, import and restore — and a
 * file it accepts holds nothing its own forms would refuse. Lengths count UTF-16 code units
 * (`string.length`), counts are list lengths, ranges are inclusive.
 */

/** An inclusive range of whole numbers. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** The bounds of a meeting file as a whole: generous for real meetings, small enough that a hostile file cannot exhaust memory. */
export const FILE_LIMITS = {
  /** The longest record id (a UUID has 36 characters). */
  idLength: 64,
  /** The most records of one kind in a file, and the most references a list may hold. */
  records: 10_000,
} as const;

/**
 * Decision numbers (D-1, D-2, …) are workspace-wide: a new one is the highest in use plus one, and
 * an import that finds a number taken gives the next free one. Numbering and the import share one
 * range, so every number Tandem assigns is one its own import accepts; the top is far above any
 * real register (and above the 1,000,000 older builds accepted, which leaves room for the numbering
 * that follows such a file). Past the top a new decision is refused with a message.
 */
export const DECISION_NUMBERS: Range = { min: 1, max: 999_999_999 };

export const LIMITS = {
  meeting: {
    title: 200,
    goal: 2000,
    location: 200,
    durationMinutes: { min: 5, max: 24 * 60 } satisfies Range,
    groundRule: 280,
    groundRules: 200,
    definitionIds: FILE_LIMITS.records,
  },
  agendaItem: {
    title: 200,
    description: 2000,
    notes: 20_000,
    timeboxMinutes: { min: 1, max: 600 } satisfies Range,
    presenterIds: 200,
    /** One extension of a running item (+1, +5 or another whole number of minutes). */
    extensionMinutes: { min: 1, max: 60 } satisfies Range,
    /** The most extensions one item keeps. */
    extensions: 200,
  },
  conflictPoint: {
    statement: 1000,
    position: 1000,
    resolution: 2000,
  },
  decision: {
    statement: 1000,
    /** The rationale and the alternatives, each. */
    text: 4000,
    scopeTag: 80,
    scopeTags: 200,
    /** The responsible, consulted and informed parties, each list. */
    parties: 200,
    settlesConflictIds: FILE_LIMITS.records,
    number: DECISION_NUMBERS,
  },
  actionItem: {
    what: 500,
  },
  knowledgeItem: {
    text: 1000,
    topic: 120,
    answer: 2000,
  },
  parkingLot: {
    text: 500,
  },
  vote: {
    question: 500,
    option: 200,
    /** An options vote has at least two options. */
    options: { min: 2, max: 12 } satisfies Range,
    /** Raised hands of one department for one option. */
    count: { min: 0, max: 10_000 } satisfies Range,
  },
  round: {
    /** The one word (or few) of a check-in. */
    word: 60,
    /** Mood and both check-out ratings. */
    rating: { min: 1, max: 5 } satisfies Range,
  },
  mirrorRound: {
    /** One side's restatement of the other side's position. */
    restatement: 1000,
  },
  ledger: {
    title: 200,
    /** What one side gives, and how it is measured, each. */
    gives: 1000,
    measure: 500,
    unit: 40,
    period: 80,
    /** A promised or reached figure. */
    figure: { min: -1_000_000_000, max: 1_000_000_000 } satisfies Range,
    /** One side's note in a review. */
    note: 2000,
  },
  cascade: {
    /** How a unit adapts a decision, or why it objects. */
    explanation: 2000,
  },
  decisionGate: {
    /** One "revisit if …" condition, and the most a decision carries. */
    condition: 500,
    conditions: 20,
    /** The condition met or the new fact, as stored when a decision is reopened. */
    reason: 2000,
  },
  figureCheck: {
    subject: 200,
    value: { min: -1_000_000_000_000, max: 1_000_000_000_000 } satisfies Range,
    unit: 40,
    source: 500,
    definition: 2000,
  },
  definition: {
    term: 120,
    meaning: 2000,
  },
  person: {
    name: 120,
    orgUnit: 120,
    /** RFC 5321's longest address. */
    email: 254,
  },
  department: {
    name: 60,
  },
  template: {
    name: 120,
    timeboxMinutes: { min: 1, max: 600 } satisfies Range,
  },
} as const;
