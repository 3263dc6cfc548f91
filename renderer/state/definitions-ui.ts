/**
 * UI state of the Agreed definitions screen: the open dialog and the search text.
 * Never copies of stored rows: only ids and what the user is doing right now.
 */
import { create } from 'zustand';
import type { Id } from '../domain/types';

export type DefinitionsDialog = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; definitionId: Id };

interface DefinitionsUiState {
  dialog: DefinitionsDialog;
  query: string;
  openDialog(dialog: DefinitionsDialog): void;
  closeDialog(): void;
  setQuery(query: string): void;
}

export const useDefinitionsUi = create<DefinitionsUiState>()((set) => ({
  dialog: { kind: 'none' },
  query: '',
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: { kind: 'none' } }),
  setQuery: (query) => set({ query }),
}));
