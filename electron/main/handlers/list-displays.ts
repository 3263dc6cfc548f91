/** `listDisplays`: the attached displays, so the renderer can place the audience view. */
import { screen, type Display } from 'electron';
import type { DisplayInfo } from '../../shared/ipc-contract';
import { ok } from '../../shared/result';
import type { InvokeHandler } from './types';

/** Maps Electron's display to the contract's plain DTO. */
export function toDisplayInfo(display: Display, primaryId: number): DisplayInfo {
  const { x, y, width, height } = display.bounds;
  return {
    id: display.id,
    label: display.label,
    primary: display.id === primaryId,
    internal: display.internal,
    bounds: { x, y, width, height },
    scaleFactor: display.scaleFactor,
  };
}

/** Lists every display, marking the primary one. */
export const listDisplaysHandler: InvokeHandler<'listDisplays'> = {
  failure: 'unavailable',
  run: async () => {
    const primaryId = screen.getPrimaryDisplay().id;
    return ok(screen.getAllDisplays().map((display) => toDisplayInfo(display, primaryId)));
  },
};
