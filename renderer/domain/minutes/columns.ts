/**
 * Column widths of a table of the minutes, shared by the PDF and the Word writer: every column at
 * least as wide as its longest word (`least`) so no word is broken inside a cell, as wide as its
 * longest line (`most`) when the measure allows, and the spare width given in proportion between.
 */

/** Widths that fill `total`; `fits` is false when the longest words alone are wider than `total`. */
export function fitColumns(
  least: readonly number[],
  most: readonly number[],
  total: number,
): { widths: number[]; fits: boolean } {
  const sum = (widths: readonly number[]) => widths.reduce((all, width) => all + width, 0);
  if (sum(most) <= total) return { widths: most.map((width) => (width * total) / sum(most)), fits: true };
  if (sum(least) > total) return { widths: least.map((width) => (width * total) / sum(least)), fits: false };
  const spare = (total - sum(least)) / (sum(most) - sum(least));
  return {
    widths: least.map((width, column) => width + ((most[column] ?? width) - width) * spare),
    fits: true,
  };
}
