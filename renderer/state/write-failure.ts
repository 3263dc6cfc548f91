/**
 * Whether the last write to the database failed, for the write-failure warning. A failure stays
 * until a later write succeeds or the user dismisses it; the session keeps it, not the database
 * (which is what just failed).
 */
import { create } from 'zustand';

interface WriteFailureState {
  /** The browser's name of the error (e.g. `QuotaExceededError`); null while writes succeed. */
  failure: string | null;
  failed(error: string): void;
  succeeded(): void;
  dismiss(): void;
}

export const useWriteFailure = create<WriteFailureState>()((set) => ({
  failure: null,
  failed: (error) => set({ failure: error }),
  succeeded: () => set({ failure: null }),
  dismiss: () => set({ failure: null }),
}));
