/**
 * The domain model of docs/product.md, as plain records. These are the shapes stored in IndexedDB and
 * carried in exports; every id is a string UUID so records can travel between machines.
 * Timestamps are ISO 8601 strings in UTC; calendar dates are `YYYY-MM-DD`, times of day `HH:MM`.
 */
import type { Language } from '../i18n/language';

/** A string UUID. */
export type Id = string;
/** An instant, ISO 8601 in UTC, e.g. `2026-11-27T09:30:00.000Z`. */
export type Timestamp = string;
/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;
/** A time of day, `HH:MM` (24 h). */
export type TimeOfDay = string;

/** The languages of the UI and of the minutes: one per file in renderer/i18n/languages/. */
export type { Language };

/** Fields every stored record carries. `deletedAt` marks a soft deletion that can be undone. */
export interface RecordMeta {
  id: Id;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt?: Timestamp;
}

/** A department from the configurable list (defaults: marketing, sales, product, management, other). */
export type DepartmentId = string;

export interface Department {
  id: DepartmentId;
  /** Name per language; built-in departments are translated by the UI instead. */
  name: string;
  builtIn: boolean;
}

export interface Person extends RecordMeta {
  name: string;
  departmentId: DepartmentId;
  /** e.g. "Sales Iberia" or "Central Marketing". */
  orgUnit: string;
  email?: string;
  archived: boolean;
}

export type MeetingStatus = 'planned' | 'running' | 'ended';

export interface Meeting extends RecordMeta {
  title: string;
  goal: string;
  date: CalendarDate;
  startTime: TimeOfDay;
  durationMinutes: number;
  location: string;
  language: Language;
  status: MeetingStatus;
  seriesId?: Id;
  /** The meeting this one follows in its series. */
  previousMeetingId?: Id;
  templateId?: Id;
  groundRules: string[];
  startedAt?: Timestamp;
  /** Set while the running meeting is paused; the active item's open span was closed at this moment. */
  pausedAt?: Timestamp;
  endedAt?: Timestamp;
  /** The agenda item currently running, while the meeting runs. */
  activeAgendaItemId?: Id;
  /** Agreed definitions attached to this meeting. */
  definitionIds: Id[];
}

export type AttendanceRole = 'facilitator' | 'minute-taker' | 'decision-maker' | 'participant' | 'guest';

export interface Attendance extends RecordMeta {
  meetingId: Id;
  personId: Id;
  role: AttendanceRole;
  present: boolean;
}

export type AgendaItemKind = 'information' | 'discussion' | 'decision';
export type AgendaItemStatus = 'pending' | 'active' | 'done' | 'skipped' | 'deferred';

/**
 * Minutes added to a running item's timebox (+1, +5). Stored one by one, so the minutes can show
 * planned vs extended vs actual; who asked for it is optional.
 */
export interface TimerExtension {
  at: Timestamp;
  minutes: number;
  askedByPersonId?: Id;
}

/** A span of time an agenda item actually ran; several when it was paused or revisited. */
export interface TimeSpan {
  start: Timestamp;
  end?: Timestamp;
}

export interface AgendaItem extends RecordMeta {
  meetingId: Id;
  /** Sort key within the meeting; fractional values allow reordering without renumbering. */
  position: number;
  title: string;
  description: string;
  kind: AgendaItemKind;
  presenterIds: Id[];
  timeboxMinutes: number;
  status: AgendaItemStatus;
  actualStart?: Timestamp;
  actualEnd?: Timestamp;
  spans: TimeSpan[];
  /** Time added while it ran, in order; the timebox itself stays as planned. */
  extensions: TimerExtension[];
  notes: string;
  /** Set when the item was carried over from an earlier meeting. */
  carriedFromId?: Id;
}

export type ConflictLevel = 'content' | 'relationship';
export type ContentCategory =
  | 'goals'
  | 'facts-figures'
  | 'priorities'
  | 'budget-resources'
  | 'process-responsibilities'
  | 'customers-market';
export type RelationshipCategory =
  'power-status' | 'trust' | 'communication-style' | 'recognition-blame' | 'territory';
export type ConflictStatus = 'open' | 'reframed' | 'resolved' | 'parked' | 'escalated';

export interface ConflictPoint extends RecordMeta {
  meetingId: Id;
  agendaItemId?: Id;
  statement: string;
  level: ConflictLevel;
  category?: ContentCategory | RelationshipCategory;
  raisedByDepartmentId?: DepartmentId;
  raisedByPersonId?: Id;
  positionMarketing: string;
  positionSales: string;
  status: ConflictStatus;
  resolution: string;
  /** Never projected, never exported with details. */
  private: boolean;
  /** On a reframed relationship point: the content point it became. */
  reframedAsId?: Id;
  /** On a content point made by a reframe: the relationship point it came from. */
  reframedFromId?: Id;
  decisionId?: Id;
  /** Decided decisions this point touches (linked by the facilitator; the reopen gate). */
  touchesDecisionIds?: Id[];
  carriedFromId?: Id;
}

export type DecisionMethod = 'consensus' | 'consent' | 'majority' | 'vote' | 'delegated' | 'management-call';
export type DecisionStatus = 'proposed' | 'decided' | 'superseded' | 'revoked';
export type Stance = 'agree' | 'agree-with-reservations' | 'object';

/** Who a RACI role names: a person, a department or an organisation unit. */
export type Party =
  | { kind: 'person'; personId: Id }
  | { kind: 'department'; departmentId: DepartmentId }
  | { kind: 'org-unit'; name: string };

export interface Decision extends RecordMeta {
  meetingId: Id;
  agendaItemId?: Id;
  /** Workspace-wide register number: D-1, D-2, … Stable across export and import. */
  number: number;
  statement: string;
  rationale: string;
  alternatives: string;
  method: DecisionMethod;
  accountablePersonId?: Id;
  responsible: Party[];
  consulted: Party[];
  informed: Party[];
  /** Empty means global; otherwise the named regions or units. */
  scope: string[];
  dueDate?: CalendarDate;
  reviewDate?: CalendarDate;
  status: DecisionStatus;
  supersedesId?: Id;
  settlesConflictIds: Id[];
  stanceMarketing?: Stance;
  stanceSales?: Stance;
  /** "Revisit if …" conditions, free text (issue 17's reopen gate). */
  revisitIf: string[];
  /**
   * Why it was reopened (superseded or revoked): the condition that was met, or the new fact. Set by
   * the reopen gate when the decision was decided.
   */
  reopenedBecause?: ReopenReason;
}

/** What the reopen gate asks before a decided decision is superseded or revoked. */
export interface ReopenReason {
  /** The index into `revisitIf` of the condition that was met. */
  conditionIndex?: number;
  /** The condition's text as it was when met, or the new fact in words. */
  text: string;
  /** The meeting where it was reopened. */
  meetingId: Id;
  at: Timestamp;
}

export type ActionStatus = 'open' | 'done' | 'dropped';
export type ActionChannel = 'in-person' | 'call' | 'email' | 'document';

/**
 * Follow-through between meetings (issue 17). A give-and-get agreement between Marketing and Sales:
 * what each side gives (the other side gets it), each with its measure and owner. It belongs to the
 * series of the meeting that agreed it and is reviewed at every later meeting of that series.
 */
export type LedgerSide = 'marketing' | 'sales';
export type LedgerVerdict = 'kept' | 'partly' | 'broken';
export type LedgerStatus = 'active' | 'ended';

/** One side's part of an agreement, e.g. "300 leads a month with score ≥ 60". */
export interface LedgerCommitment {
  gives: string;
  /** How it is measured, in words ("leads with score ≥ 60 per month"). */
  measure: string;
  /** Where the measure is a number: the figure promised. */
  target?: number;
  /** The unit of the figure ("leads", "h", "%"). */
  unit?: string;
  ownerPersonId?: Id;
}

export interface LedgerEntry extends RecordMeta {
  /** The meeting that agreed it. */
  meetingId: Id;
  seriesId?: Id;
  decisionId?: Id;
  title: string;
  marketing: LedgerCommitment;
  sales: LedgerCommitment;
  /** The period the measures count over ("a month", "per quarter"). */
  period: string;
  startDate: CalendarDate;
  reviewDate?: CalendarDate;
  status: LedgerStatus;
  endedAt?: Timestamp;
}

/** One side's review of its commitment at one meeting. */
export interface LedgerSideReview {
  verdict?: LedgerVerdict;
  note: string;
  /** Where the measure is a number: the figure reached. */
  figure?: number;
}

/** The review of one agreement at one meeting: one row per agreement and meeting. */
export interface LedgerReview extends RecordMeta {
  entryId: Id;
  meetingId: Id;
  marketing: LedgerSideReview;
  sales: LedgerSideReview;
}

/** A unit's answer to a decision that names it in its scope. */
export type CascadeResponseKind = 'adopt' | 'adapt' | 'object';

/**
 * What one organisation unit of a decision's scope answers: adopt, adapt (how) or object (why), with
 * a named owner and a due date. One row per decision and unit; `response` is empty while it awaits.
 */
export interface CascadeResponse extends RecordMeta {
  decisionId: Id;
  /** The unit as the decision's scope names it, e.g. "Sales Iberia". */
  unit: string;
  ownerPersonId?: Id;
  dueDate?: CalendarDate;
  response?: CascadeResponseKind;
  /** How the unit adapts it, or why it objects. */
  explanation: string;
  respondedAt?: Timestamp;
  /** The meeting where the answer was recorded, if it was recorded in one. */
  meetingId?: Id;
  /** How the answer came in. */
  source?: 'meeting' | 'register' | 'file';
}

/** One side's figure for the same thing in a two-number check. */
export interface FigureClaim {
  value: number;
  unit: string;
  source: string;
  definition: string;
}

/**
 * A two-number check: Marketing and Sales bring different figures for the same thing (a knowledge
 * fact or a conflict point). Each side's number, unit, source and definition, side by side.
 */
export interface FigureCheck extends RecordMeta {
  meetingId: Id;
  agendaItemId?: Id;
  /** What is counted ("qualified leads in Q3"). */
  subject: string;
  knowledgeItemId?: Id;
  conflictPointId?: Id;
  marketing: FigureClaim;
  sales: FigureClaim;
  /** The agreed definition created or attached when the definitions differ. */
  definitionId?: Id;
  /** The jointly owned action item to reconcile the sources. */
  actionItemId?: Id;
}

export interface ActionItem extends RecordMeta {
  meetingId: Id;
  what: string;
  ownerPersonId?: Id;
  dueDate?: CalendarDate;
  channel?: ActionChannel;
  status: ActionStatus;
  decisionId?: Id;
  agendaItemId?: Id;
  carriedFromId?: Id;
}

export type KnowledgeKind = 'fact' | 'question';
export type KnowledgeStatus = 'open' | 'answered';

export interface KnowledgeItem extends RecordMeta {
  meetingId: Id;
  agendaItemId?: Id;
  kind: KnowledgeKind;
  text: string;
  /** Market or product it concerns. */
  topic: string;
  broughtByDepartmentId?: DepartmentId;
  answer: string;
  status: KnowledgeStatus;
  actionItemId?: Id;
  carriedFromId?: Id;
}

export interface ParkingLotPoint extends RecordMeta {
  meetingId: Id;
  text: string;
  agendaItemId?: Id;
  /** Set when it was carried into a later meeting. */
  carriedFromId?: Id;
  status: 'open' | 'carried' | 'closed';
}

/**
 * One turn in the speaker queue: a raised hand is a turn without `start`; taking it sets `start`;
 * stopping sets `end`. Talk time is summed from these, so it survives a reload.
 */
export interface SpeakerTurn extends RecordMeta {
  meetingId: Id;
  personId: Id;
  raisedAt: Timestamp;
  start?: Timestamp;
  end?: Timestamp;
}

/**
 * A quick vote the facilitator enters for the room: a question with options whose raised hands are
 * counted per department, or a fist-of-five consent check (options 0–5 fingers). It runs while
 * `closedAt` is unset (and is then projected live) and may inform one decision.
 */
export type VoteKind = 'options' | 'fist-of-five';

export interface VoteCount {
  /** Index into `options` (for fist-of-five: the number of fingers, 0–5). */
  option: number;
  departmentId: DepartmentId;
  count: number;
}

export interface Vote extends RecordMeta {
  meetingId: Id;
  agendaItemId?: Id;
  question: string;
  kind: VoteKind;
  /** The options of an `options` vote; empty for fist-of-five. */
  options: string[];
  counts: VoteCount[];
  openedAt: Timestamp;
  closedAt?: Timestamp;
  /** The decision this vote informed. */
  decisionId?: Id;
}

/**
 * One participant's answer in a round: at check-in one word and/or a mood (1–5); at check-out two
 * ratings (1–5), "the meeting was worth the time" and "my side was heard". The department is kept
 * as it was at the time, so the summary per side does not change when a person moves.
 */
export type RoundKind = 'check-in' | 'check-out';

export interface RoundEntry extends RecordMeta {
  meetingId: Id;
  kind: RoundKind;
  personId: Id;
  departmentId: DepartmentId;
  word?: string;
  mood?: number;
  worthTime?: number;
  heard?: number;
}

/** How one side confirms the other side's restatement of its position. */
export type MirrorConfirmation = 'yes' | 'partly' | 'no';

/**
 * A mirror round on a conflict point or a decision: each side restates the other side's position in
 * its own words and the other side confirms it. Running while `endedAt` is unset (projected then).
 */
export interface MirrorRound extends RecordMeta {
  meetingId: Id;
  conflictPointId?: Id;
  decisionId?: Id;
  /** Marketing's restatement of Sales's position, and Sales's confirmation of it. */
  marketingRestates: string;
  salesConfirms?: MirrorConfirmation;
  /** Sales's restatement of Marketing's position, and Marketing's confirmation of it. */
  salesRestates: string;
  marketingConfirms?: MirrorConfirmation;
  startedAt: Timestamp;
  endedAt?: Timestamp;
}

/** An agreed definition in the workspace glossary, e.g. what counts as a qualified lead. */
export interface Definition extends RecordMeta {
  term: string;
  meaning: string;
  agreedInMeetingId?: Id;
}

export interface TemplateAgendaItem {
  title: string;
  description: string;
  kind: AgendaItemKind;
  timeboxMinutes: number;
}

export interface Template extends RecordMeta {
  name: string;
  language: Language;
  builtIn: boolean;
  durationMinutes: number;
  agenda: TemplateAgendaItem[];
  groundRules: string[];
}

/** One workspace setting, stored by key. */
export type Setting =
  | { key: 'language'; value: Language }
  | { key: 'departments'; value: Department[] }
  | { key: 'projectorTheme'; value: 'light' | 'dark' }
  /** The run screen's soft chime at 2 minutes left and at zero; off unless turned on. Volume 0–100. */
  | { key: 'chime'; value: { enabled: boolean; volume: number } }
  /** What the audience view projects; every window of the app follows it. */
  | {
      key: 'projection';
      value: {
        meetingId: string;
        mode: 'current' | 'rules' | 'definitions' | 'pause' | 'blank' | 'summary';
        theme: 'light' | 'dark';
      };
    }
  /**
   * The meetings whose run screen is shown to the room by mirroring this laptop's screen: their
   * private points are hidden on the facilitator's own screen too. A device preference, never exported.
   */
  | { key: 'mirroredScreen'; value: string[] }
  /**
   * The run screen's tab (parking lot, knowledge, notes, speaker queue) last chosen in each meeting
   * on this device, so a reload shows it again. A device preference, never exported.
   */
  | { key: 'cockpitTab'; value: CockpitTabChoice[] }
  /** The register's saved views (a tab and its filters, under a name). A device preference, never exported. */
  | { key: 'registerViews'; value: SavedRegisterView[] }
  /** The organisation unit this device answers for ("awaiting my unit" in the register). A device preference, never exported. */
  | { key: 'myUnit'; value: string };
/** A saved view of the register: a tab and its filters (as in the address), under a name. */
export interface SavedRegisterView {
  id: string;
  name: string;
  tab: 'decisions' | 'actions';
  /** The filters as the address writes them, without "?". */
  query: string;
}
/** The cockpit tab chosen in one meeting. */
export interface CockpitTabChoice {
  meetingId: string;
  tab: string;
}
export type SettingKey = Setting['key'];
