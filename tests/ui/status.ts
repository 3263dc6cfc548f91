/**
 * The live region (role="status") that says `text`. The app has several: each screen's own
 * notices and the app-wide announcement of Ctrl+Z, so tests pick the one by what it says.
 */
import { screen } from '@testing-library/react';

export function statusWith(text: string): HTMLElement {
  const match = screen.getAllByRole('status').find((region) => region.textContent?.includes(text));
  if (!match) throw new Error(`No status region says "${text}"`);
  return match;
}
