/**
 * UI state of the Agreed definitions screen: the open dialog, the search text and the pending undo.
 * Never copies of stored rows: only ids and what the user is doing right now.
 */
import { create } from 'zustand';
import type { Id } from '../domain/types';

export type DefinitionsDialog = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; definitionId: Id };

/** A deletion that can still be undone. */
export interface PendingDefinitionUndo {
  definitionId: Id;
  term: string;
}

interface DefinitionsUiState {
  dialog: DefinitionsDialog;
  query: string;
  undo: PendingDefinitionUndo | null;
  openDialog(dialog: DefinitionsDialog): void;
  closeDialog(): void;
  setQuery(query: string): void;
  offerUndo(undo: PendingDefinitionUndo): void;
  clearUndo(): void;
}

export const useDefinitionsUi = create<DefinitionsUiState>()((set) => ({
  dialog: { kind: 'none' },
  query: '',
  undo: null,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: { kind: 'none' } }),
  setQuery: (query) => set({ query }),
  offerUndo: (undo) => set({ undo }),
  clearUndo: () => set({ undo: null }),
}));
