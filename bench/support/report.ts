/**
 * The benchmark's figures, their budgets (from issue 8) and the table printed at the end. Budgets
 * are reported, never asserted: a run on a loaded machine is still a run.
 */
import { writeFile } from 'node:fs/promises';

export interface Figure {
  label: string;
  unit: 'ms' | 'KiB' | 'MiB' | '×';
  value: number | null;
  /** The budget this figure is held to, if any; the figure passes when it is at most this. */
  budget?: number;
  note?: string;
}

export type Figures = Record<string, Figure>;

export function figure(label: string, unit: Figure['unit'], value: number | null, budget?: number): Figure {
  return budget === undefined ? { label, unit, value } : { label, unit, value, budget };
}

export function formatValue(figure: Figure): string {
  if (figure.value === null || Number.isNaN(figure.value)) return 'not measured';
  const digits = figure.unit === '×' ? 2 : figure.value < 10 ? 1 : 0;
  return `${figure.value.toFixed(digits)} ${figure.unit}`;
}

export function verdict(figure: Figure): string {
  if (figure.budget === undefined) return '';
  if (figure.value === null || Number.isNaN(figure.value)) return 'FAIL (missing)';
  return figure.value <= figure.budget ? 'pass' : 'FAIL';
}

/** The table, one line per figure, as printed and as pasted into docs/performance.md. */
export function table(figures: Figures): string {
  const rows = Object.values(figures).map((figure) => [
    figure.label,
    formatValue(figure),
    figure.budget === undefined ? '' : `≤ ${figure.budget} ${figure.unit}`,
    verdict(figure),
  ]);
  const header = ['Figure', 'Value', 'Budget', 'Result'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] as string).length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

export async function writeResults(file: string, content: Record<string, unknown>): Promise<void> {
  await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
}
