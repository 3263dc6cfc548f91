/**
 * The two projector themes as colour constants. They are set as CSS custom properties on the
 * audience view, and a unit test checks every text colour against both backgrounds for WCAG
 * contrast of at least 7:1, so a projector washing colours out still leaves everything legible.
 */
import type { ProjectorTheme, TimerBand } from '../../domain/projection';

export interface ProjectorPalette {
  /** The page. */
  background: string;
  /** Cards and the progress bar's track. */
  surface: string;
  text: string;
  /** Secondary text: labels, owners, presenters. */
  muted: string;
  /** The label of content points. */
  content: string;
  /** The label of relationship points. */
  relationship: string;
  /** Timer figure and progress bar per band. */
  bands: Record<TimerBand, string>;
}

export const PROJECTOR_PALETTES: Record<ProjectorTheme, ProjectorPalette> = {
  light: {
    background: '#ffffff',
    surface: '#f2f2f2',
    text: '#111111',
    muted: '#3d3d3d',
    content: '#0b3d91',
    relationship: '#6b1f7a',
    bands: { ample: '#0a5c2b', closing: '#7a4100', critical: '#a3000b' },
  },
  dark: {
    background: '#0d0d0d',
    surface: '#1c1c1c',
    text: '#f5f5f5',
    muted: '#c8c8c8',
    content: '#9cc3ff',
    relationship: '#e7a6f5',
    bands: { ample: '#6ee7a0', closing: '#ffc857', critical: '#ff8f8f' },
  },
};

/** The text colours of a palette, each of which must stand 7:1 against background and surface. */
export function textColours(palette: ProjectorPalette): Record<string, string> {
  return {
    text: palette.text,
    muted: palette.muted,
    content: palette.content,
    relationship: palette.relationship,
    ...palette.bands,
  };
}

/** The palette as CSS custom properties, for the audience view's root element. */
export function paletteStyle(theme: ProjectorTheme): Record<string, string> {
  const palette = PROJECTOR_PALETTES[theme];
  return {
    '--aud-bg': palette.background,
    '--aud-surface': palette.surface,
    '--aud-text': palette.text,
    '--aud-muted': palette.muted,
    '--aud-content': palette.content,
    '--aud-relationship': palette.relationship,
    '--aud-ample': palette.bands.ample,
    '--aud-closing': palette.bands.closing,
    '--aud-critical': palette.bands.critical,
  };
}
