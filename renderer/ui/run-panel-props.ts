/** What every panel of the run screen receives from it: the running meeting and where it stands. */
import type { AgendaItem, Attendance, Meeting } from '../domain/types';

export interface RunPanelProps {
  meeting: Meeting;
  /** The live agenda, in order. */
  agenda: readonly AgendaItem[];
  /** The item running now; undefined before the start, between items or after the last one. */
  activeItem: AgendaItem | undefined;
  attendance: readonly Attendance[];
  /** The laptop's screen is mirrored to the room: hide private points and who raised relationship points. */
  mirrored?: boolean;
}
