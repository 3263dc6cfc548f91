import { describe, expect, it } from 'vitest';
import {
  planAudiencePlacement,
  replanAudiencePlacement,
  waitingBounds,
  type PlacementDisplay,
  type WindowPlacement,
} from '../../../electron/main/display-placement';

function display(
  id: number,
  x: number,
  options: { primary?: boolean; internal?: boolean; width?: number; height?: number } = {},
): PlacementDisplay {
  const { primary = false, internal = false, width = 1920, height = 1080 } = options;
  return {
    id,
    bounds: { x, y: 0, width, height },
    workArea: { x, y: 0, width, height: height - 40 },
    primary,
    internal,
  };
}

const laptop = display(1, 0, { primary: true, internal: true, width: 1440, height: 900 });
const projector = display(2, 1440);
const monitor = display(3, 3360, { width: 2560, height: 1440 });

describe('planning a new audience view', () => {
  it('uses the in-window presentation mode when there is one display', () => {
    expect(planAudiencePlacement([laptop], laptop.id)).toEqual({ kind: 'presentation' });
  });

  it('uses the presentation mode when there is no display at all', () => {
    expect(planAudiencePlacement([], 1)).toEqual({ kind: 'presentation' });
  });

  it('goes full screen on the external display with two displays', () => {
    expect(planAudiencePlacement([laptop, projector], laptop.id)).toEqual({
      kind: 'external',
      displayId: projector.id,
      bounds: projector.bounds,
    });
  });

  it('never goes on the facilitator’s display, even when that one is the external one', () => {
    expect(planAudiencePlacement([laptop, projector], projector.id)).toMatchObject({
      kind: 'external',
      displayId: laptop.id,
    });
  });

  it('prefers a non-internal, then a non-primary display among three', () => {
    const primaryMonitor = display(4, 0, { primary: true });
    const internalPanel = display(5, 1920, { internal: true });
    // Facilitator on the projector: the choice is between a primary monitor and an internal panel.
    expect(planAudiencePlacement([internalPanel, primaryMonitor, projector], projector.id)).toMatchObject({
      displayId: primaryMonitor.id,
    });
    // Facilitator on the laptop: two equal external displays, so the first listed wins.
    expect(planAudiencePlacement([laptop, monitor, projector], laptop.id)).toMatchObject({
      displayId: monitor.id,
    });
    // Facilitator on the monitor: the projector beats the laptop's own panel.
    expect(planAudiencePlacement([laptop, monitor, projector], monitor.id)).toMatchObject({
      displayId: projector.id,
    });
  });

  it('treats an unknown facilitator display as the primary one', () => {
    expect(planAudiencePlacement([laptop, projector], 99)).toMatchObject({ displayId: projector.id });
    expect(planAudiencePlacement([laptop], 99)).toEqual({ kind: 'presentation' });
  });
});

describe('re-planning while projecting', () => {
  const onProjector: WindowPlacement = {
    kind: 'external',
    displayId: projector.id,
    bounds: projector.bounds,
  };

  it('keeps the window where it is when nothing relevant changed', () => {
    expect(replanAudiencePlacement(onProjector, [laptop, projector], laptop.id)).toBe(onProjector);
  });

  it('waits windowed in a corner of the facilitator’s display when the projector is removed', () => {
    expect(replanAudiencePlacement(onProjector, [laptop], laptop.id)).toEqual({
      kind: 'windowed',
      displayId: laptop.id,
      bounds: { x: 720, y: 430, width: 720, height: 430 },
    });
  });

  it('moves to another display when the projected one is removed and a third remains', () => {
    expect(replanAudiencePlacement(onProjector, [laptop, monitor], laptop.id)).toEqual({
      kind: 'external',
      displayId: monitor.id,
      bounds: monitor.bounds,
    });
  });

  it('goes full screen on a display attached while it waits', () => {
    const waiting = replanAudiencePlacement(onProjector, [laptop], laptop.id);
    expect(replanAudiencePlacement(waiting, [laptop, monitor], laptop.id)).toEqual({
      kind: 'external',
      displayId: monitor.id,
      bounds: monitor.bounds,
    });
  });

  it('does not jump to a display attached while it is already projecting', () => {
    expect(replanAudiencePlacement(onProjector, [laptop, projector, monitor], laptop.id)).toBe(onProjector);
  });

  it('follows a change of resolution of the projected display', () => {
    const smaller = display(projector.id, 1440, { width: 1280, height: 720 });
    expect(replanAudiencePlacement(onProjector, [laptop, smaller], laptop.id)).toEqual({
      kind: 'external',
      displayId: projector.id,
      bounds: { x: 1440, y: 0, width: 1280, height: 720 },
    });
  });

  it('leaves a waiting window where the user put it while no display is attached', () => {
    const moved: WindowPlacement = {
      kind: 'windowed',
      displayId: laptop.id,
      bounds: { x: 10, y: 10, width: 400, height: 300 },
    };
    expect(replanAudiencePlacement(moved, [laptop], laptop.id)).toBe(moved);
  });

  it('moves off the facilitator’s display if the main window went onto the projector', () => {
    expect(replanAudiencePlacement(onProjector, [laptop, projector], projector.id)).toMatchObject({
      kind: 'external',
      displayId: laptop.id,
    });
  });
});

describe('waitingBounds', () => {
  it('takes the bottom-right quarter of the work area', () => {
    expect(waitingBounds({ x: -1920, y: 25, width: 1920, height: 1055 })).toEqual({
      x: -960,
      y: 552,
      width: 960,
      height: 528,
    });
  });
});
