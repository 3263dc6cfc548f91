/**
 * Before a PDF is saved: the characters of the minutes Tandem's PDF writer cannot set (a script
 * it has no font or shaping for, see renderer/pdf/typesettable.ts), said in the dialog with Word
 * and HTML offered instead. Saving the PDF anyway prints it through the system's print dialog.
 */
import { useEffect, useState } from 'react';
import type { MeetingSnapshot } from '../../domain/minutes/snapshot';
import { useLanguage, useT } from '../../i18n/react';
import type { ExportChoices, ExportFormat } from '../../domain/export/formats';
import { minutesPdfGaps } from './export-file';
import { describeGaps } from './script-names';

/** The characters the PDF writer cannot set in the minutes as chosen; none while not PDF or not known yet. */
function usePdfGaps(format: ExportFormat, snapshot: MeetingSnapshot, choices: ExportChoices, now: string) {
  // The answer is kept with the choices it was found for, so a stale one is never shown.
  const [found, setFound] = useState<{ choices: ExportChoices; snapshot: MeetingSnapshot; gaps: string[] }>();
  const pdf = format === 'pdf';
  useEffect(() => {
    if (!pdf) return;
    let current = true;
    minutesPdfGaps(snapshot, choices, now).then(
      (gaps) => current && setFound({ choices, snapshot, gaps }),
      () => current && setFound(undefined),
    );
    return () => {
      current = false;
    };
  }, [pdf, snapshot, choices, now]);
  return pdf && found?.choices === choices && found.snapshot === snapshot ? found.gaps : [];
}

interface Props {
  format: ExportFormat;
  snapshot: MeetingSnapshot;
  choices: ExportChoices;
  now: string;
  onFormat: (format: ExportFormat) => void;
}

export function PdfGapsNote({ format, snapshot, choices, now, onFormat }: Props) {
  const t = useT();
  const language = useLanguage();
  const gaps = usePdfGaps(format, snapshot, choices, now);
  if (gaps.length === 0) return null;
  const chars = describeGaps(gaps, language);
  return (
    <div role="note" className="export-gaps">
      <p>{t('export.pdf.unsettable', { chars })}</p>
      <div className="export-gaps-actions">
        <button type="button" onClick={() => onFormat('docx')}>
          {t('export.pdf.useWord')}
        </button>
        <button type="button" onClick={() => onFormat('html')}>
          {t('export.pdf.useHtml')}
        </button>
      </div>
    </div>
  );
}
