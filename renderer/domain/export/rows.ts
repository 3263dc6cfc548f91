/**
 * The rows the register exports (CSV and ICS) take: decisions and action items already joined
 * with their meeting and with names resolved, so the register screen can pass exactly the
 * filtered view it shows. Enumerations stay codes here; the exporters word them per language.
 */
import type {
  ActionChannel,
  ActionStatus,
  CalendarDate,
  DecisionMethod,
  DecisionStatus,
  Id,
  Stance,
} from '../types';

/** One decision of the register, joined for export. */
export interface DecisionRegisterRow {
  id: Id;
  /** The register number, written `D-n`. */
  number: number;
  meetingTitle: string;
  meetingDate: CalendarDate;
  statement: string;
  method: DecisionMethod;
  status: DecisionStatus;
  /** The accountable owner's name. */
  accountable?: string;
  /** Names of the parties in each RACI role (people, departments or units). */
  responsible: string[];
  consulted: string[];
  informed: string[];
  /** Regions or units; empty means global. */
  scope: string[];
  dueDate?: CalendarDate;
  reviewDate?: CalendarDate;
  stanceMarketing?: Stance;
  stanceSales?: Stance;
  /** The register number of the decision this one supersedes. */
  supersedesNumber?: number;
}

/** One action item, joined for export. */
export interface ActionItemRow {
  id: Id;
  what: string;
  /** The owner's name. */
  owner?: string;
  dueDate?: CalendarDate;
  channel?: ActionChannel;
  status: ActionStatus;
  meetingTitle: string;
  meetingDate: CalendarDate;
  /** The register number of the decision the action carries out. */
  decisionNumber?: number;
}
