/**
 * The one plain object the minutes are built from: a meeting and every record that its minutes
 * mention, read in one transaction (renderer/data/queries/snapshot.ts) or assembled by hand in tests.
 * It holds live records only (soft-deleted rows are left out) and no functions, so it can be
 * built anywhere and compared whole.
 */
import type {
  ActionItem,
  AgendaItem,
  Attendance,
  ConflictPoint,
  Decision,
  Definition,
  Department,
  Id,
  KnowledgeItem,
  LedgerEntry,
  LedgerReview,
  Meeting,
  MirrorRound,
  ParkingLotPoint,
  Person,
  RoundEntry,
  SpeakerTurn,
  Vote,
} from '../types';
import type { TrendRecords } from '../trends/records';

/** A person in the meeting: the attendance row joined with the person it names. */
export interface SnapshotParticipant {
  attendance: Attendance;
  /** Absent only when the person record is missing (for example, an incomplete import). */
  person?: Person;
}

export interface MeetingSnapshot {
  meeting: Meeting;
  participants: SnapshotParticipant[];
  /** Everyone the minutes may name: participants, presenters, owners, RACI people, raisers. */
  people: Person[];
  /** The workspace's department list at the time of the snapshot. */
  departments: Department[];
  agendaItems: AgendaItem[];
  conflictPoints: ConflictPoint[];
  /** The decisions recorded in this meeting. */
  decisions: Decision[];
  /** Decisions of earlier meetings that a decision of this meeting supersedes, for their numbers. */
  supersededDecisions: Decision[];
  actionItems: ActionItem[];
  knowledgeItems: KnowledgeItem[];
  parkingLot: ParkingLotPoint[];
  /** The agreed definitions attached to the meeting, in the order of `meeting.definitionIds`. */
  definitions: Definition[];
  /** The next meeting of the series, when one is planned. */
  nextMeeting?: Meeting;
  speakerTurns: SpeakerTurn[];
  /** Quick votes and fist-of-five checks taken in the meeting. */
  votes: Vote[];
  /** Check-in and check-out answers, one per participant and round. */
  roundEntries: RoundEntry[];
  /** Mirror rounds on the meeting's conflict points and decisions. */
  mirrorRounds: MirrorRound[];
  /** For a meeting of a series: what the series trend of the collaboration check is computed from. */
  seriesTrend?: TrendRecords;
  /** The give-and-get agreements made in the meeting and the reviews recorded in it (issue 17). */
  ledger?: MinutesLedger;
  /**
   * Units' adaptations and objections to decisions of earlier meetings of the series, to discuss
   * here (cascade to local units, issue 17). Absent or empty: no section.
   */
  cascadeToDiscuss?: CascadeToDiscuss[];
}

export interface MinutesLedger {
  agreed: LedgerEntry[];
  reviewed: Array<{ entry: LedgerEntry; review: LedgerReview }>;
}

/** One unit's adaptation or objection to an earlier decision. */
export interface CascadeToDiscuss {
  decisionNumber: number;
  statement: string;
  unit: string;
  response: 'adapt' | 'object';
  explanation: string;
  ownerPersonId?: Id;
}
