import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../renderer/domain/contrast';
import { PROJECTOR_PALETTES, textColours } from '../../../renderer/features/audience/projector-theme';

describe('WCAG contrast', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });
});

describe('the projector themes', () => {
  for (const [theme, palette] of Object.entries(PROJECTOR_PALETTES)) {
    for (const [name, colour] of Object.entries(textColours(palette))) {
      it(`${theme}: ${name} stands at least 7:1 on the background and on cards`, () => {
        expect(contrastRatio(colour, palette.background)).toBeGreaterThanOrEqual(7);
        expect(contrastRatio(colour, palette.surface)).toBeGreaterThanOrEqual(7);
      });
    }
  }

  it('gives the three timer bands three distinct colours in each theme', () => {
    for (const palette of Object.values(PROJECTOR_PALETTES))
      expect(new Set(Object.values(palette.bands)).size).toBe(3);
  });
});
