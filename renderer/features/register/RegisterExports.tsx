/**
 * Exports of the filtered view, in the UI language: "Export CSV" saves the list of the tab showing
 * (decisions or action items, as `export/csv.ts` writes them); "Export calendar (ICS)" saves the
 * due dates of the action items and the review dates of the decisions shown (`export/ics.ts`),
 * leaving out what is dropped, revoked or superseded. The rows are exactly those on screen.
 */
import { useState } from 'react';
import { actionItemsCsv, decisionRegisterCsv } from '../../domain/export/csv';
import { registerIcs } from '../../domain/export/ics';
import type { ActionEntry, DecisionEntry } from '../../domain/register';
import { calendarOf } from '../../domain/register-filter';
import type { CalendarDate } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/react';
import type { OutgoingFile } from '../../platform/platform';
import { usePlatform } from '../../platform/react';
import type { RegisterTab } from './RegisterTabs';

/** The id of the note that says what the calendar leaves out (shown below the list). */
export const ICS_NOTE_ID = 'register-ics-note';

interface Props {
  tab: RegisterTab;
  decisions: readonly DecisionEntry[];
  actions: readonly ActionEntry[];
  today: CalendarDate;
}

export function RegisterExports({ tab, decisions, actions, today }: Props) {
  const t = useT();
  const language = useLanguage();
  const platform = usePlatform();
  const [status, setStatus] = useState<{ saved: string } | { failed: true } | null>(null);

  async function save(file: OutgoingFile) {
    try {
      const result = await platform.saveFile(file);
      if (result.ok) setStatus({ saved: file.name });
      else setStatus(result.error.code === 'cancelled' ? null : { failed: true });
      // Kept: a file save dialog, no database write.
    } catch {
      setStatus({ failed: true });
    }
  }

  function exportCsv() {
    const data =
      tab === 'decisions'
        ? decisionRegisterCsv(
            decisions.map((entry) => entry.row),
            language,
          )
        : actionItemsCsv(
            actions.map((entry) => entry.row),
            language,
          );
    const base = t(tab === 'decisions' ? 'register.file.decisions' : 'register.file.actions');
    return save({
      name: `${base}-${today}.csv`,
      mimeType: 'text/csv',
      filters: [{ name: t('register.fileType.csv'), extensions: ['csv'] }],
      data,
    });
  }

  function exportIcs() {
    return save({
      name: `${t('register.file.calendar')}-${today}.ics`,
      mimeType: 'text/calendar',
      filters: [{ name: t('register.fileType.ics'), extensions: ['ics'] }],
      data: registerIcs(calendarOf(decisions, actions), language, new Date().toISOString()),
    });
  }

  return (
    <div className="register-exports">
      <button type="button" onClick={exportCsv}>
        {t('register.exportCsv')}
      </button>
      <button type="button" onClick={exportIcs} aria-describedby={ICS_NOTE_ID}>
        {t('register.exportIcs')}
      </button>
      {status && (
        <span role="status" className="muted">
          {'saved' in status ? t('register.saved', { name: status.saved }) : t('register.saveFailed')}
        </span>
      )}
    </div>
  );
}
