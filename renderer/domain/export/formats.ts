/** What the Export minutes dialog offers: its file formats and the options of the minutes. */
import type { Language } from '../types';

export const EXPORT_FORMATS = [
  'pdf',
  'docx',
  'html',
  'markdown',
  'csv-decisions',
  'csv-actions',
  'ics',
  'json',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The options of the minutes as the dialog offers them. */
export interface ExportChoices {
  language: Language;
  anonymousRelationship: boolean;
  includeNotes: boolean;
}

/** Everything the user chose in one opening of the dialog. */
export interface DialogChoices {
  choices: ExportChoices;
  format: ExportFormat;
}
