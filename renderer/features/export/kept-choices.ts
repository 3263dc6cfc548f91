/**
 * The choices of one opening of the Export minutes dialog (language, anonymity, notes, format),
 * kept outside the dialog's components: whatever happens behind the dialog while it is open (the
 * meeting's timer ticks, a point is logged in another window, the dialog's parts are mounted
 * again), the choices stay what the user made them until the dialog is closed. A new opening
 * (state/export-ui.ts numbers them) starts from the meeting's language again.
 */
import { useState } from 'react';
import type { ExportChoices, ExportFormat } from './export-file';

export interface DialogChoices {
  choices: ExportChoices;
  format: ExportFormat;
}

let kept: { opening: number; value: DialogChoices } | undefined;

/** The choices of `opening`, made with `initial` the first time; the setter keeps them for the opening. */
export function useKeptChoices(
  opening: number,
  initial: () => DialogChoices,
): [DialogChoices, (next: DialogChoices) => void] {
  const [value, setValue] = useState(() => (kept?.opening === opening ? kept.value : initial()));
  const keep = (next: DialogChoices) => {
    kept = { opening, value: next };
    setValue(next);
  };
  return [value, keep];
}
