/**
 * The mirror round's place in rows of other features. The conflict log and the decision register
 * must not import the rounds feature, so the run screen (app/) provides these render functions and
 * a row asks for them: a row without a provider (Prepare, tests of the panel alone) shows nothing.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { MirrorSubject } from '../domain/mirror-rounds';

export interface MirrorRoundSlot {
  /** The "Mirror round" button and the rounds held, for one conflict point or decision row. */
  row: (subject: MirrorSubject, text: string) => ReactNode;
  /** The mirror-round dialog on a subject, started at once; `onClose` when it is closed or ended. */
  dialog: (subject: MirrorSubject, text: string, onClose: () => void) => ReactNode;
}

const Slot = createContext<MirrorRoundSlot | undefined>(undefined);

export const MirrorRoundSlotProvider = Slot.Provider;

export function useMirrorRoundSlot(): MirrorRoundSlot | undefined {
  return useContext(Slot);
}
