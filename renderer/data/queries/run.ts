/**
 * Live queries of the run screen beyond the meeting, agenda and attendance (`prepare.ts`):
 * the end-of-meeting summary, read straight from the decisions, conflict points and action items
 * of the meeting, so it is right whichever panel wrote them, with what was left undone (agenda items
 * never reached, unanswered questions, the open parking lot).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { orderedAgenda } from '../../domain/agenda';
import type {
  ActionItem,
  AgendaItem,
  ConflictPoint,
  Decision,
  Id,
  KnowledgeItem,
  ParkingLotPoint,
} from '../../domain/types';
import { useWorkspace } from '../provider';

export interface RunSummary {
  /** Decisions of the meeting, by register number; revoked ones left out. */
  decisions: Decision[];
  /** Conflict points still open. Private ones are included; the UI shows them without details. */
  openConflicts: ConflictPoint[];
  /** Open action items missing an owner or a due date: to fix before the minutes go out. */
  actionsToFix: ActionItem[];
  /** How many action items the meeting recorded (live ones), so an empty list can say so. */
  actionCount: number;
  /** Agenda items the meeting never reached (still pending), in agenda order. */
  unreached: AgendaItem[];
  /** Questions brought to the meeting and not answered. */
  openQuestions: KnowledgeItem[];
  /** Parking-lot points still open (not carried or closed). */
  openParkingLot: ParkingLotPoint[];
}

const live = <T extends { deletedAt?: string }>(record: T) => record.deletedAt === undefined;

export function useRunSummary(meetingId: Id): RunSummary | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const [decisions, conflicts, actions, agenda, knowledge, parkingLot] = await Promise.all([
      db.decisions.where('meetingId').equals(meetingId).filter(live).toArray(),
      db.conflictPoints.where('meetingId').equals(meetingId).filter(live).toArray(),
      db.actionItems.where('meetingId').equals(meetingId).filter(live).toArray(),
      db.agendaItems.where('meetingId').equals(meetingId).filter(live).toArray(),
      db.knowledgeItems.where('meetingId').equals(meetingId).filter(live).toArray(),
      db.parkingLot.where('meetingId').equals(meetingId).filter(live).toArray(),
    ]);
    return {
      decisions: decisions
        .filter((decision) => decision.status !== 'revoked')
        .sort((a, b) => a.number - b.number),
      openConflicts: conflicts.filter((point) => point.status === 'open'),
      actionsToFix: actions.filter(
        (action) =>
          action.status === 'open' && (action.ownerPersonId === undefined || action.dueDate === undefined),
      ),
      actionCount: actions.length,
      unreached: orderedAgenda(agenda).filter((item) => item.status === 'pending'),
      openQuestions: knowledge.filter((item) => item.kind === 'question' && item.status === 'open'),
      openParkingLot: parkingLot.filter((point) => point.status === 'open'),
    };
  }, [db, meetingId]);
}
