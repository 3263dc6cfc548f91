/**
 * Where the audience view goes, decided from plain display data so that it can be tested without
 * Electron (`audience-window.ts` feeds it `screen` and applies the answer).
 *
 * Rules:
 * - The audience view never goes on the facilitator's display (the one showing the main window).
 *   Of the other displays, a non-internal one beats an internal one, then a non-primary one beats
 *   the primary; ties keep the order the system lists the displays in. There it is full screen.
 * - With no other display there is no second window: the renderer uses its in-window
 *   presentation mode instead (a mirrored projector is one display, and this is right for it too).
 * - While projecting, the window stays on its display as long as that display exists and is not the
 *   facilitator's: a display attached later does not make the picture jump in front of the room.
 * - When the projected display goes away, the window is NOT closed: it leaves full screen and
 *   waits, windowed in a corner of the facilitator's display, so that it neither covers the
 *   facilitator's work nor loses its place. Projector cables get wiggled and projectors sleep
 *   (both report the display as removed); when a display is attached again, the window goes back
 *   there full screen by itself.
 */

/** A rectangle in screen coordinates (DIP), as Electron reports it. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What placement needs to know of one display. */
export interface PlacementDisplay {
  id: number;
  bounds: Rect;
  /** The part of the display not taken by task bars and docks. */
  workArea: Rect;
  primary: boolean;
  /** A laptop's own panel: the least likely to face the room. */
  internal: boolean;
}

/** Full screen on a display other than the facilitator's. */
export interface ExternalPlacement {
  kind: 'external';
  displayId: number;
  bounds: Rect;
}

/** A waiting window on the facilitator's display, after its projector went away. */
export interface WindowedPlacement {
  kind: 'windowed';
  displayId: number;
  bounds: Rect;
}

/** Where a new audience view goes: a window on another display, or the in-window presentation mode. */
export type AudiencePlacement = ExternalPlacement | { kind: 'presentation' };

/** Where an open audience window is. */
export type WindowPlacement = ExternalPlacement | WindowedPlacement;

function rank(display: PlacementDisplay): number {
  return (display.internal ? 2 : 0) + (display.primary ? 1 : 0);
}

/** The facilitator's display; an unknown id means the main window is off-screen: take the primary. */
function facilitatorDisplay(
  displays: readonly PlacementDisplay[],
  facilitatorDisplayId: number,
): PlacementDisplay | undefined {
  return (
    displays.find((display) => display.id === facilitatorDisplayId) ??
    displays.find((display) => display.primary) ??
    displays[0]
  );
}

/** Decides where a new audience view goes, given the displays and the facilitator's display. */
export function planAudiencePlacement(
  displays: readonly PlacementDisplay[],
  facilitatorDisplayId: number,
): AudiencePlacement {
  const facilitator = facilitatorDisplay(displays, facilitatorDisplayId);
  const candidates = displays
    .filter((display) => display !== facilitator)
    .map((display, index) => ({ display, index }))
    // Stable by listing order, whatever the engine's sort does with equal ranks.
    .sort((a, b) => rank(a.display) - rank(b.display) || a.index - b.index);
  const chosen = candidates[0]?.display;
  if (chosen === undefined) return { kind: 'presentation' };
  return { kind: 'external', displayId: chosen.id, bounds: { ...chosen.bounds } };
}

/** Half the width and height of the work area, in its bottom-right corner. */
export function waitingBounds(workArea: Rect): Rect {
  const width = Math.round(workArea.width / 2);
  const height = Math.round(workArea.height / 2);
  return {
    x: workArea.x + workArea.width - width,
    y: workArea.y + workArea.height - height,
    width,
    height,
  };
}

/**
 * Re-decides the place of an open audience window after displays were attached, removed or
 * changed (see the rules above). Returns `current` itself when nothing should move.
 */
export function replanAudiencePlacement(
  current: WindowPlacement,
  displays: readonly PlacementDisplay[],
  facilitatorDisplayId: number,
): WindowPlacement {
  const facilitator = facilitatorDisplay(displays, facilitatorDisplayId);
  const here = displays.find((display) => display.id === current.displayId);
  switch (current.kind) {
    case 'external':
      if (here !== undefined && here !== facilitator) {
        // Same display; only a changed resolution or arrangement moves the window.
        return sameRect(here.bounds, current.bounds) ? current : { ...current, bounds: { ...here.bounds } };
      }
      break;
    case 'windowed':
      break;
  }
  const plan = planAudiencePlacement(displays, facilitatorDisplayId);
  if (plan.kind === 'external') return plan;
  // No display for the room: wait on the facilitator's display, where the user may have moved it.
  if (current.kind === 'windowed' && here !== undefined) return current;
  if (facilitator === undefined) return current;
  return { kind: 'windowed', displayId: facilitator.id, bounds: waitingBounds(facilitator.workArea) };
}

/** True if two rectangles are the same. */
export function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
