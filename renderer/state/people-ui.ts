/**
 * UI state of the People screen: which dialog is open, the search text, whether archived people
 * show. Only ids and what the user is doing right now.
 */
import { create } from 'zustand';
import type { Id } from '../domain/types';

export type PeopleDialog = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; personId: Id };

interface PeopleUiState {
  dialog: PeopleDialog;
  query: string;
  showArchived: boolean;
  openDialog(dialog: PeopleDialog): void;
  closeDialog(): void;
  setQuery(query: string): void;
  setShowArchived(showArchived: boolean): void;
}

export const usePeopleUi = create<PeopleUiState>()((set) => ({
  dialog: { kind: 'none' },
  query: '',
  showArchived: false,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: { kind: 'none' } }),
  setQuery: (query) => set({ query }),
  setShowArchived: (showArchived) => set({ showArchived }),
}));
