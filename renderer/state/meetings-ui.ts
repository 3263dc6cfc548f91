/**
 * UI state of the Meetings screen: which dialog is open, the search text and the import request.
 * Never copies of stored rows: only ids and what the user is doing right now.
 */
import { create } from 'zustand';
import type { Id } from '../domain/types';

export type MeetingsDialog =
  { kind: 'none' } | { kind: 'new' } | { kind: 'rename'; meetingId: Id } | { kind: 'delete'; meetingId: Id };

interface MeetingsUiState {
  dialog: MeetingsDialog;
  query: string;
  /**
   * Set by the menu's Import meeting; the import control asks for the file. A file chooser needs
   * a click (browsers refuse to open one for a message), so the control shows a dialog to click in.
   */
  importRequested: boolean;
  requestImport(): void;
  clearImportRequest(): void;
  openDialog(dialog: MeetingsDialog): void;
  closeDialog(): void;
  setQuery(query: string): void;
}

export const useMeetingsUi = create<MeetingsUiState>()((set) => ({
  dialog: { kind: 'none' },
  query: '',
  importRequested: false,
  requestImport: () => set({ importRequested: true }),
  clearImportRequest: () => set({ importRequested: false }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: { kind: 'none' } }),
  setQuery: (query) => set({ query }),
}));
