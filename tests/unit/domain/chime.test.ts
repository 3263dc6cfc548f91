import { describe, expect, it } from 'vitest';
import { chimeStep, clampVolume, type ChimeState } from '../../../renderer/domain/chime';

const MIN = 60_000;

/** Feeds the remaining times in order and collects what sounded. */
function listen(looks: [string, number][], start?: ChimeState) {
  let state = start;
  const played: string[] = [];
  for (const [itemId, remaining] of looks) {
    const step = chimeStep(state, itemId, remaining);
    state = step.state;
    if (step.play) played.push(`${itemId}:${step.play}`);
  }
  return { played, state };
}

describe('chime schedule', () => {
  it('sounds once at 2 minutes left and once at zero', () => {
    const looks: [string, number][] = [
      ['a', 5 * MIN],
      ['a', 2 * MIN + 1000],
      ['a', 2 * MIN],
      ['a', 2 * MIN - 1000],
      ['a', 1000],
      ['a', 0],
      ['a', -1000],
      ['a', -60 * MIN],
    ];
    expect(listen(looks).played).toEqual(['a:two-minutes', 'a:zero']);
  });

  it('does not sound for thresholds already passed at the first look (a reload)', () => {
    expect(
      listen([
        ['a', 90_000],
        ['a', 80_000],
      ]).played,
    ).toEqual([]);
    expect(
      listen([
        ['a', 90_000],
        ['a', 0],
      ]).played,
    ).toEqual(['a:zero']);
    expect(
      listen([
        ['a', -5000],
        ['a', -6000],
      ]).played,
    ).toEqual([]);
  });

  it('starts over for another item, silently for what it has passed', () => {
    const { played } = listen([
      ['a', 3 * MIN],
      ['a', 2 * MIN],
      ['b', 10 * MIN],
      ['b', 2 * MIN],
      ['a', -MIN],
    ]);
    expect(played).toEqual(['a:two-minutes', 'b:two-minutes']);
  });

  it('sounds once when one look jumps past both thresholds', () => {
    expect(
      listen([
        ['a', 3 * MIN],
        ['a', -1000],
        ['a', -2000],
      ]).played,
    ).toEqual(['a:zero']);
  });

  it('sounds again only after an extension and not for a threshold already heard', () => {
    // Heard zero, then +5 min: back above both thresholds; both were heard for this item.
    expect(
      listen([
        ['a', 3 * MIN],
        ['a', 2 * MIN],
        ['a', 0],
        ['a', 5 * MIN],
        ['a', 0],
      ]).played,
    ).toEqual(['a:two-minutes', 'a:zero']);
  });

  it('keeps the volume within 0–100', () => {
    expect([clampVolume(-5), clampVolume(42.4), clampVolume(140), clampVolume(Number.NaN)]).toEqual([
      0, 42, 100, 50,
    ]);
  });
});
