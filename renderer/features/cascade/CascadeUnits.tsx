/**
 * A decision's cascade where it is listed (the register's row, the run screen's Units tab): the
 * state in words ("3 of 5 adopted, 1 objection, 1 overdue") and one button per unit with its state,
 * which opens the unit's response. State is written out, never shown by colour alone.
 */
import { useState } from 'react';
import { cascadeStateOf } from '../../domain/cascade';
import { formatNumber } from '../../domain/decisions';
import type { CalendarDate, CascadeResponse, Decision, Id } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/react';
import { CascadeAnswerDialog } from './CascadeAnswerDialog';
import '../../styles/cascade.css';
import { cascadeSummary, rowState } from './summary';

interface Props {
  decision: Pick<Decision, 'number' | 'statement'>;
  rows: readonly CascadeResponse[];
  today: CalendarDate;
  source: 'meeting' | 'register';
  meetingId?: Id;
}

export function CascadeUnits({ decision, rows, today, source, meetingId }: Props) {
  const t = useT();
  const language = useLanguage();
  const [open, setOpen] = useState<Id>();
  if (rows.length === 0) return null;
  const number = formatNumber(decision.number);
  const openRow = rows.find((row) => row.id === open);
  return (
    <div className="cascade-units">
      <p className="cascade-summary">{cascadeSummary(language, cascadeStateOf(rows, today))}</p>
      <ul className="cascade-unit-list">
        {rows.map((row) => {
          const state = rowState(language, row, today);
          return (
            <li key={row.id}>
              <button
                type="button"
                className={`cascade-unit cascade-unit-${row.response ?? 'awaiting'}`}
                aria-label={t('cascade.record', { unit: row.unit, number })}
                title={row.explanation || undefined}
                onClick={() => setOpen(row.id)}
              >
                {row.unit}: {state}
              </button>
            </li>
          );
        })}
      </ul>
      {openRow && (
        <CascadeAnswerDialog
          row={openRow}
          decision={decision}
          source={source}
          meetingId={meetingId}
          onClose={() => setOpen(undefined)}
        />
      )}
    </div>
  );
}
