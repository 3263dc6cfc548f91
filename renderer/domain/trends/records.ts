/**
 * What the trends are computed from: the rows of the meetings in view and what hangs off them, as
 * read in one transaction (data/queries/trends.ts) or written by hand in tests.
 */
import type {
  ActionItem,
  CascadeResponse,
  ConflictPoint,
  Decision,
  Department,
  LedgerReview,
  Meeting,
  Person,
  RoundEntry,
  SpeakerTurn,
} from '../types';

export interface TrendRecords {
  /** The meetings in view (one series, or the whole workspace); soft-deleted ones are left out. */
  meetings: Meeting[];
  people: Person[];
  departments: Department[];
  conflictPoints: ConflictPoint[];
  decisions: Decision[];
  actionItems: ActionItem[];
  speakerTurns: SpeakerTurn[];
  roundEntries: RoundEntry[];
  ledgerReviews: LedgerReview[];
  cascadeResponses: CascadeResponse[];
}
