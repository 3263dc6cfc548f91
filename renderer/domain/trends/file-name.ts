/** The suggested name of an exported trend chart: "Trends-<chart>-<date>.svg", safe on every system. */
import { safeFileName } from '../../../electron/shared/file-name';
import type { CalendarDate } from '../types';

export function trendFileName(
  word: string,
  chartTitle: string,
  today: CalendarDate,
  extension: 'svg' | 'png',
): string {
  return safeFileName(`${word}-${chartTitle}-${today}`, extension, `${word}-${today}`);
}
