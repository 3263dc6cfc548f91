/**
 * A4 pages being filled from top to bottom: the drawing operations of each page, a cursor, and
 * the rule every block follows — what has to stay together moves to a new page when it does not
 * fit on this one. Coordinates are points from the page's top-left corner; the writer turns them
 * into PDF's bottom-up space.
 */
import type { FaceName, Line, Measure } from './wrap';

const MM = 72 / 25.4;
export const PAGE = {
  width: 210 * MM,
  height: 297 * MM,
  top: 18 * MM,
  side: 16 * MM,
  bottom: 20 * MM,
} as const;
/** The width text is set in. */
export const MEASURE = PAGE.width - 2 * PAGE.side;

/** A grey level, 0 black to 1 white. */
export type Gray = number;

export type Op =
  | {
      kind: 'text';
      face: FaceName;
      size: number;
      x: number;
      baseline: number;
      text: string;
      gray: Gray;
      /** Drawn right to left: the text is in logical order, its glyphs are reversed. */
      rtl?: true;
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; gray: Gray }
  | { kind: 'fill'; x: number; y: number; width: number; height: number; gray: Gray }
  | { kind: 'frame'; x: number; y: number; width: number; height: number; lineWidth: number; gray: Gray };

export interface TextStyle {
  face: FaceName;
  size: number;
  /** Distance between baselines. */
  leading: number;
  gray: Gray;
}

export class Pages {
  readonly pages: Op[][] = [[]];
  /** Where the next block starts, from the page's top. */
  y: number = PAGE.top;

  constructor(
    readonly measure: Measure,
    /** The faces' ascent and descent, thousandths of the size, to place baselines in a line box. */
    private readonly vertical: { ascent: number; descent: number },
  ) {}

  private get ops(): Op[] {
    return this.pages[this.pages.length - 1] as Op[];
  }

  get atTop(): boolean {
    return this.y <= PAGE.top + 0.01;
  }

  /** Room left on this page. */
  get room(): number {
    return PAGE.height - PAGE.bottom - this.y;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = PAGE.top;
  }

  /** A heading waiting for what follows it, so the two go on the same page. */
  private held: { height: number; draw: () => void } | null = null;

  /**
   * Holds a heading back until the next block is placed: that block's first `keep` makes room for
   * both, so a heading never ends a page. Headings held in a row are kept together.
   */
  hold(height: number, draw: () => void): void {
    const before = this.held;
    this.held = before
      ? {
          height: before.height + height,
          draw: () => {
            before.draw();
            draw();
          },
        }
      : { height, draw };
  }

  /** Draws a held heading now (a section that ends without blocks). */
  flush(): void {
    this.keep(0);
  }

  /** Starts a new page unless `height` (and a held heading) fits on this one or this page is empty. */
  keep(height: number): void {
    const held = this.held;
    if (height + (held?.height ?? 0) > this.room && !this.atTop) this.newPage();
    if (held) {
      this.held = null;
      held.draw();
    }
  }

  /** Moves down by `space`, unless at the top of a page, where space before a block is dropped. */
  space(space: number): void {
    if (this.held) this.hold(space, () => (this.y += space));
    else if (!this.atTop) this.y += space;
  }

  draw(op: Op): void {
    this.ops.push(op);
  }

  /** Draws wrapped lines from the cursor at `x`, breaking to a new page between lines. */
  lines(lines: readonly Line[], x: number, style: TextStyle): void {
    if (this.held) this.keep(style.leading);
    for (const line of lines) {
      if (style.leading > this.room && !this.atTop) this.newPage();
      this.line(line, x, this.y, style);
      this.y += style.leading;
    }
  }

  /** Draws one line whose box starts at `top`. */
  line(line: Line, x: number, top: number, style: TextStyle): void {
    const baseline = top + this.baselineOffset(style);
    for (const piece of line) {
      this.draw({
        kind: 'text',
        face: piece.face,
        size: style.size,
        x: x + piece.x,
        baseline,
        text: piece.text,
        gray: style.gray,
        ...(piece.rtl ? { rtl: piece.rtl } : {}),
      });
    }
  }

  /** From a line box's top to its baseline: the glyphs centred in the leading. */
  baselineOffset(style: TextStyle): number {
    const { ascent, descent } = this.vertical;
    const glyphs = ((ascent - descent) * style.size) / 1000;
    return (style.leading - glyphs) / 2 + (ascent * style.size) / 1000;
  }
}
