/**
 * Every export format of one meeting, made exactly as the Export minutes dialog makes it: the
 * snapshot read in one transaction (`loadSnapshot`, which the dialog reads live) and the dialog's
 * own `exportData` / `minutesHtml` (renderer/features/export/export-file.ts) with its default
 * choices. Saving the file is left out: that is the platform's job. The dialog holds the snapshot
 * live for its preview before Save is pressed, so what the user waits for is building the minutes
 * and writing the file: `exportPrepared` times that, and the snapshot read is timed on its own.
 */
import type { Workspace } from '../../renderer/data/workspace';
import { loadSnapshot } from '../../renderer/data/queries/snapshot';
import { buildMinutes } from '../../renderer/domain/minutes/build';
import type * as ExportFile from '../../renderer/features/export/export-file';

/**
 * The formats timed here. PDF is Tandem's own PDF writer; the benchmark also prints `minutesHtml`,
 * the path for minutes whose text that writer's fonts cannot set.
 */
export const FORMATS = [
  'markdown',
  'html',
  'docx',
  'pdf',
  'csv-decisions',
  'csv-actions',
  'ics',
  'json',
] as const;
export type Format = (typeof FORMATS)[number];

// Found by glob so the bench still builds (and reports the formats as missing) in a tree without the dialog.
const dialogModules = import.meta.glob<typeof ExportFile>('../../renderer/features/export/export-file.ts');

async function dialog(): Promise<typeof ExportFile> {
  const load = Object.values(dialogModules)[0];
  if (!load) throw new Error('renderer/features/export/export-file.ts is not in this tree');
  return load();
}

/** What the dialog already holds when Save is pressed: the live snapshot and its choices. */
export type Prepared = Awaited<ReturnType<typeof prepared>>;

export async function prepared(workspace: Workspace, meetingId: string) {
  const snapshot = await loadSnapshot(workspace.db, meetingId);
  const choices = { language: snapshot.meeting.language, anonymousRelationship: true, includeNotes: true };
  return { snapshot, choices, now: new Date().toISOString() };
}

/** Makes one format; resolves to its size (characters for text, bytes for Word). */
export async function exportPrepared(
  workspace: Workspace,
  meetingId: string,
  format: Format,
  { snapshot, choices, now }: Prepared,
): Promise<number> {
  const { exportData, minutesPdf } = await dialog();
  if (format === 'pdf') {
    const pdf = await minutesPdf(snapshot, choices, now);
    if (pdf === null) throw new Error('the PDF writer refused the minutes: they would be printed');
    return pdf.byteLength;
  }
  const data = await exportData(format, snapshot, choices, {
    now,
    exportMeeting: () => workspace.exchange.exportMeeting(meetingId),
  });
  return typeof data === 'string' ? data.length : data.byteLength;
}

/** The HTML minutes, which the benchmark prints to PDF as Electron's printToPDF would (the fallback path). */
export async function minutesHtml({ snapshot, choices, now }: Prepared): Promise<string> {
  const { minutesHtml: html } = await dialog();
  return html(snapshot, choices, now);
}

/** Where an export's time goes: reading the snapshot, and building the minutes from it. */
export async function exportBreakdown(
  workspace: Workspace,
  meetingId: string,
): Promise<{ snapshot: number; minutes: number }> {
  const started = performance.now();
  const { snapshot, choices, now } = await prepared(workspace, meetingId);
  const read = performance.now();
  buildMinutes(snapshot, { now, ...choices });
  return { snapshot: read - started, minutes: performance.now() - read };
}
