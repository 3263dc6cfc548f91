/**
 * Whether the Export minutes dialog is open, and for which meeting. The buttons on Prepare and Run
 * and the application menu all open it through here, so one dialog serves every place. Only the
 * meeting's id is kept; the dialog reads the meeting itself. Each opening has its own number, so
 * the choices made in the dialog belong to that opening alone (features/export/kept-choices.ts).
 */
import { create } from 'zustand';
import type { Id } from '../domain/types';

export type ExportDialog =
  | { kind: 'closed' }
  | { kind: 'meeting'; meetingId: Id; opening: number }
  /** The menu asked for an export while no meeting was open. */
  | { kind: 'no-meeting' };

interface ExportUiState {
  dialog: ExportDialog;
  /** Opens the dialog for `meetingId`, or the "open a meeting first" notice without one. */
  openExport(meetingId: Id | undefined): void;
  closeExport(): void;
}

let openings = 0;

export const useExportUi = create<ExportUiState>()((set) => ({
  dialog: { kind: 'closed' },
  openExport: (meetingId) =>
    set({
      dialog:
        meetingId === undefined
          ? { kind: 'no-meeting' }
          : { kind: 'meeting', meetingId, opening: (openings += 1) },
    }),
  closeExport: () => set({ dialog: { kind: 'closed' } }),
}));
