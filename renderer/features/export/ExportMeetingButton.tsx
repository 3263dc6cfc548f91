/**
 * "Export meeting (JSON)": saves the whole meeting in the exchange format, to import elsewhere. A
 * button (the write-failure warning) or, through `useExportMeeting`, an item of a menu (Prepare).
 */
import { useState, type ReactNode } from 'react';
import { exchangeFileName } from '../../domain/exchange/file-name';
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { usePlatform } from '../../platform/react';

export function ExportMeetingButton({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { exportMeeting, status } = useExportMeeting(meeting);
  return (
    <>
      <button type="button" onClick={exportMeeting}>
        {t('exchange.export')}
      </button>
      {status}
    </>
  );
}

/** The export, and the line that tells how it went (nothing until it has run). */
export function useExportMeeting(meeting: Meeting): { exportMeeting: () => void; status: ReactNode } {
  const t = useT();
  const { exchange } = useWorkspace();
  const platform = usePlatform();
  const [status, setStatus] = useState<{ saved: string } | { failed: true } | null>(null);

  async function exportMeeting() {
    const name = exchangeFileName(meeting.title, meeting.date);
    try {
      const data = await exchange.exportMeeting(meeting.id);
      const result = await platform.saveFile({
        name,
        mimeType: 'application/json',
        filters: [{ name: t('exchange.fileType'), extensions: ['json'] }],
        data,
      });
      if (result.ok) setStatus({ saved: name });
      else setStatus(result.error.code === 'cancelled' ? null : { failed: true });
      // Kept: the export reads and saves a file through the save dialog; no database write.
    } catch {
      setStatus({ failed: true });
    }
  }

  return {
    exportMeeting: () => void exportMeeting(),
    status: status && (
      <span role="status" className="muted">
        {'saved' in status ? t('exchange.exported', { name: status.saved }) : t('exchange.exportFailed')}
      </span>
    ),
  };
}
