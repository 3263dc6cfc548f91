/**
 * The formats of the Export minutes dialog and how each one's file is made from the meeting's
 * snapshot: the minutes (Markdown, HTML, PDF, Word) follow the dialog's options; the decision
 * register, the action items (CSV) and the calendar (ICS) follow only its language; the meeting
 * file (JSON) is the exchange export, the same in every language. The Word writer and its `docx`
 * library are loaded only when a Word file is asked for, so they stay out of the first bundle.
 */
import { actionItemsCsv, decisionRegisterCsv } from '../../domain/export/csv';
import { exportFileName, type ExportContent } from '../../domain/export/file-names';
import type { ExportChoices, ExportFormat } from '../../domain/export/formats';
import { registerIcs } from '../../domain/export/ics';
import { meetingRegisterRows } from '../../domain/export/meeting-rows';
import { exchangeFileName } from '../../domain/exchange/file-name';
import { buildMinutes, type MinutesOptions } from '../../domain/minutes/build';
import { minutesToHtml } from '../../domain/minutes/html';
import { minutesToMarkdown } from '../../domain/minutes/markdown';
import type { MeetingSnapshot } from '../../domain/minutes/snapshot';
import type { Language } from '../../domain/types';
import type { MessageKey } from '../../i18n/language';

interface FormatSpec {
  /** What the file holds; `null` for the meeting file, which is named like every exchange file. */
  content: ExportContent | null;
  extension: string;
  mimeType: string;
  label: MessageKey;
  hint: MessageKey;
}

const TEXT = 'charset=utf-8';

export const FORMAT_SPECS: Readonly<Record<ExportFormat, FormatSpec>> = {
  pdf: {
    content: 'minutes',
    extension: 'pdf',
    mimeType: 'application/pdf',
    label: 'export.format.pdf',
    hint: 'export.hint.pdf',
  },
  docx: {
    content: 'minutes',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'export.format.docx',
    hint: 'export.hint.minutes',
  },
  html: {
    content: 'minutes',
    extension: 'html',
    mimeType: `text/html;${TEXT}`,
    label: 'export.format.html',
    hint: 'export.hint.minutes',
  },
  markdown: {
    content: 'minutes',
    extension: 'md',
    mimeType: `text/markdown;${TEXT}`,
    label: 'export.format.markdown',
    hint: 'export.hint.minutes',
  },
  'csv-decisions': {
    content: 'decisions',
    extension: 'csv',
    mimeType: `text/csv;${TEXT}`,
    label: 'export.format.csv-decisions',
    hint: 'export.hint.register',
  },
  'csv-actions': {
    content: 'actions',
    extension: 'csv',
    mimeType: `text/csv;${TEXT}`,
    label: 'export.format.csv-actions',
    hint: 'export.hint.register',
  },
  ics: {
    content: 'calendar',
    extension: 'ics',
    mimeType: `text/calendar;${TEXT}`,
    label: 'export.format.ics',
    hint: 'export.hint.calendar',
  },
  json: {
    content: null,
    extension: 'json',
    mimeType: 'application/json',
    label: 'export.format.json',
    hint: 'export.hint.json',
  },
};

/** The suggested file name of `format` for the snapshot's meeting. */
export function exportName(format: ExportFormat, snapshot: MeetingSnapshot, language: Language): string {
  const { content, extension } = FORMAT_SPECS[format];
  return content === null
    ? exchangeFileName(snapshot.meeting.title, snapshot.meeting.date)
    : exportFileName(snapshot.meeting, content, language, extension);
}

/** The minutes as the self-contained HTML file: what the preview shows and what is printed to PDF. */
export function minutesHtml(snapshot: MeetingSnapshot, choices: ExportChoices, now: string): string {
  return minutesToHtml(buildMinutes(snapshot, minutesOptions(choices, now)));
}

/** The PDF writer and the faces for the minutes' text, loaded on demand. */
async function pdfWriter(snapshot: MeetingSnapshot, choices: ExportChoices, now: string) {
  const [pdf, { pdfFaces }] = await Promise.all([import('../../domain/minutes/pdf'), import('./pdf-fonts')]);
  const minutes = buildMinutes(snapshot, minutesOptions(choices, now));
  return { pdf, minutes, faces: await pdfFaces(pdf.minutesTexts(minutes)) };
}

/**
 * The minutes as a PDF set by Tandem's own writer (loaded on demand with its fonts), or `null` when
 * they hold text its fonts cannot set faithfully; those minutes are printed from `minutesHtml`.
 */
export async function minutesPdf(
  snapshot: MeetingSnapshot,
  choices: ExportChoices,
  now: string,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const { pdf, minutes, faces } = await pdfWriter(snapshot, choices, now);
  return pdf.minutesToPdf(minutes, faces, now);
}

/** The characters of the minutes the PDF writer cannot set: what the dialog warns of before saving. */
export async function minutesPdfGaps(
  snapshot: MeetingSnapshot,
  choices: ExportChoices,
  now: string,
): Promise<string[]> {
  const { pdf, minutes, faces } = await pdfWriter(snapshot, choices, now);
  return pdf.minutesUnsettable(minutes, faces);
}

function minutesOptions(choices: ExportChoices, now: string): MinutesOptions {
  return { now, ...choices };
}

/** What the file of a format holds; the meeting file comes from the exchange export. */
export async function exportData(
  format: Exclude<ExportFormat, 'pdf'>,
  snapshot: MeetingSnapshot,
  choices: ExportChoices,
  context: { now: string; exportMeeting: () => Promise<string> },
): Promise<string | Uint8Array<ArrayBuffer>> {
  const { language } = choices;
  switch (format) {
    case 'markdown':
      return minutesToMarkdown(buildMinutes(snapshot, minutesOptions(choices, context.now)));
    case 'html':
      return minutesHtml(snapshot, choices, context.now);
    case 'docx': {
      const { minutesToDocx } = await import('../../domain/minutes/docx');
      return minutesToDocx(buildMinutes(snapshot, minutesOptions(choices, context.now)));
    }
    case 'csv-decisions':
      return decisionRegisterCsv(meetingRegisterRows(snapshot, language).decisions, language);
    case 'csv-actions':
      return actionItemsCsv(meetingRegisterRows(snapshot, language).actions, language);
    case 'ics':
      return registerIcs(meetingRegisterRows(snapshot, language), language, context.now);
    case 'json':
      return context.exportMeeting();
  }
}
