/**
 * Saving one format of the Export minutes dialog through the platform: a file (save dialog in
 * Electron, a download in the browser) or, for PDF, the printed minutes. The outcome becomes a
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
import {
  exportData,
  exportName,
  FORMAT_SPECS,
  minutesHtml,
  type ExportChoices,
  type ExportFormat,
} from './export-file';

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
    const failed: SaveStatus = format === 'pdf' ? { kind: 'print-failed' } : { kind: 'failed', name };
    setStatus({ kind: 'busy' });
    try {
      if (format === 'pdf') {
        const result = await platform.printDocument({ name, html: minutesHtml(snapshot, choices, now) });
        setStatus(outcome(result, name, failed));
        return;
      }
      const exportMeeting = () => exchange.exportMeeting(snapshot.meeting.id);
      const data = await exportData(format, snapshot, choices, { now, exportMeeting });
      const spec = FORMAT_SPECS[format];
      const filters = [{ name: t(spec.label), extensions: [spec.extension] }];
      setStatus(
        outcome(await platform.saveFile({ name, mimeType: spec.mimeType, filters, data }), name, failed),
      );
    } catch {
      setStatus(failed);
    }
  }

  return { status, save };
}
