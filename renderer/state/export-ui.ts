/**
 * The Export minutes dialog's UI state: whether it is open, for which meeting, and the choices made
 * in it. The buttons on Prepare and Run and the application menu all open it through here, so one
 * dialog serves every place. Only the meeting's id is kept; the dialog reads the meeting itself.
 *
 * Each opening has its own number, and the choices (language, anonymity, notes, format) belong to
 * that opening alone: whatever happens behind the dialog while it is open (the meeting's timer
 * ticks, a point is logged in another window, the dialog's parts are mounted again), the choices
 * stay what the user made them. A new opening starts from the meeting's language again.
 */
import { create } from 'zustand';
import type { DialogChoices } from '../domain/export/formats';
import type { Id } from '../domain/types';

export type ExportDialog =
  | { kind: 'closed' }
  | { kind: 'meeting'; meetingId: Id; opening: number }
  /** The menu asked for an export while no meeting was open. */
  | { kind: 'no-meeting' };

interface ExportUiState {
  dialog: ExportDialog;
  /** How many times the dialog has been opened for a meeting: the number of the latest opening. */
  openings: number;
  /** The choices made in one opening, once the user changed one. */
  kept: { opening: number; value: DialogChoices } | undefined;
  /** Opens the dialog for `meetingId`, or the "open a meeting first" notice without one. */
  openExport(meetingId: Id | undefined): void;
  closeExport(): void;
  /** Keeps `value` as the choices of `opening`. */
  keepChoices(opening: number, value: DialogChoices): void;
}

export const useExportUi = create<ExportUiState>()((set) => ({
  dialog: { kind: 'closed' },
  openings: 0,
  kept: undefined,
  openExport: (meetingId) =>
    set(({ openings }) =>
      meetingId === undefined
        ? { dialog: { kind: 'no-meeting' }, kept: undefined }
        : {
            dialog: { kind: 'meeting', meetingId, opening: openings + 1 },
            openings: openings + 1,
            kept: undefined,
          },
    ),
  closeExport: () => set({ dialog: { kind: 'closed' }, kept: undefined }),
  keepChoices: (opening, value) => set({ kept: { opening, value } }),
}));

/** The kept choices of `opening`, if the user has changed any in it. */
export function useKeptChoices(opening: number): DialogChoices | undefined {
  return useExportUi((state) => (state.kept?.opening === opening ? state.kept.value : undefined));
}
