/**
 * Saving one format of the Export minutes dialog through the platform: a file (save dialog in
 * Electron, a download in the browser); PDF minutes whose text Tandem's PDF writer cannot set are
 * printed from the HTML minutes instead (Electron's printToPDF, the browser's print dialog). The outcome becomes a
 * status the dialog shows in the user's language; closing the save dialog is not an error and
 * leaves no message.
 */
import { useState } from 'react';
import type { MeetingSnapshot } from '../../domain/minutes/snapshot';
import type { Result } from '../../../electron/shared/result';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import type { SavedFile } from '../../platform/platform';
import { usePlatform } from '../../platform/react';
import type { ExportChoices, ExportFormat } from '../../domain/export/formats';
import { exportData, exportName, FORMAT_SPECS, minutesHtml, minutesPdf } from './export-file';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; name: string }
  /** The browser's print dialog was opened; the user saves the PDF there. */
  | { kind: 'print-opened' }
  | { kind: 'failed'; name: string }
  | { kind: 'print-failed' };

/** The last part of a path the shell wrote to, which may differ from the suggested name. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

function outcome(result: Result<SavedFile | null>, name: string, failed: SaveStatus): SaveStatus {
  if (result.ok)
    return result.value === null
      ? { kind: 'print-opened' }
      : { kind: 'saved', name: baseName(result.value.path) };
  return result.error.code === 'cancelled' ? { kind: 'idle' } : failed;
}

/** The status of the last save and the function that saves a format. */
export function useExportSave(): {
  status: SaveStatus;
  save: (format: ExportFormat, snapshot: MeetingSnapshot, choices: ExportChoices) => Promise<void>;
} {
  const t = useT();
  const platform = usePlatform();
  const { exchange } = useWorkspace();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  async function save(format: ExportFormat, snapshot: MeetingSnapshot, choices: ExportChoices) {
    const now = new Date().toISOString();
    const name = exportName(format, snapshot, choices.language);
    // A PDF that could not be made (set or printed) is not a file that could not be written.
    const notMade: SaveStatus = format === 'pdf' ? { kind: 'print-failed' } : { kind: 'failed', name };
    setStatus({ kind: 'busy' });
    try {
      const exportMeeting = () => exchange.exportMeeting(snapshot.meeting.id);
      const data =
        format === 'pdf'
          ? await minutesPdf(snapshot, choices, now)
          : await exportData(format, snapshot, choices, { now, exportMeeting });
      if (data === null) {
        // Text the PDF writer's fonts cannot set: the browser engine prints the HTML minutes.
        const result = await platform.printDocument({ name, html: minutesHtml(snapshot, choices, now) });
        setStatus(outcome(result, name, notMade));
        return;
      }
      const spec = FORMAT_SPECS[format];
      const filters = [{ name: t(spec.label), extensions: [spec.extension] }];
      const saved = await platform.saveFile({ name, mimeType: spec.mimeType, filters, data });
      setStatus(outcome(saved, name, { kind: 'failed', name }));
      // Kept: making and saving a file (save dialog, PDF, print) is no database write.
    } catch {
      setStatus(notMade);
    }
  }

  return { status, save };
}
