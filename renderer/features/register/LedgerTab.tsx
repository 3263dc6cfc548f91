/**
 * The Register's third tab, "Agreements": every give-and-get agreement with both sides, their
 * owners, the latest verdict and kept rate of each side, and where it was agreed. Filters (search,
 * side, latest verdict, status, owner, series) live in the address like the other tabs'; "Export
 * CSV" saves exactly the rows shown.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { LEDGER_SIDES, LEDGER_VERDICTS } from '../../domain/ledger';
import {
  NO_LEDGER_FILTER,
  filterLedgerRows,
  ledgerOptions,
  type LedgerFilter,
  type LedgerRow,
  type LedgerSideRow,
} from '../../domain/ledger-register';
import { ledgerCsv } from '../../domain/export/ledger-csv';
import type { CalendarDate, LedgerSide } from '../../domain/types';
import { useLedgerRows } from '../../data/queries/ledger-register';
import { formatDate } from '../../i18n/format';
import { formatNumber } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { hrefOf } from '../../navigation/router';
import { usePlatform } from '../../platform/react';
import { ShowMore, usePage } from './paging';

interface Props {
  filter: LedgerFilter;
  onChange: (filter: LedgerFilter) => void;
  today: CalendarDate;
}

export function LedgerTab({ filter, onChange, today }: Props) {
  const t = useT();
  const rows = useLedgerRows();
  const shownRows = useMemo(() => (rows ? filterLedgerRows(rows, filter) : []), [rows, filter]);
  const options = useMemo(() => ledgerOptions(rows ?? []), [rows]);
  if (rows === undefined) return <p className="muted">{t('app.loading')}</p>;
  return (
    <>
      <LedgerFilters filter={filter} options={options} onChange={onChange} />
      <div className="register-toolbar">
        <p className="muted list-count register-count">
          {t('register.count.agreements', { shown: shownRows.length, total: rows.length })}
        </p>
        <LedgerExport rows={shownRows} today={today} />
      </div>
      {rows.length === 0 ? (
        <p className="empty-title">{t('register.empty.agreements')}</p>
      ) : shownRows.length === 0 ? (
        <p className="empty-title">{t('register.noMatch.agreements')}</p>
      ) : (
        <LedgerTable rows={shownRows} />
      )}
    </>
  );
}

function LedgerFilters({
  filter,
  options,
  onChange,
}: {
  filter: LedgerFilter;
  options: ReturnType<typeof ledgerOptions>;
  onChange: (filter: LedgerFilter) => void;
}) {
  const t = useT();
  const set = (change: Partial<LedgerFilter>) => onChange({ ...filter, ...change });
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_LEDGER_FILTER);
  return (
    <fieldset className="register-filters">
      <legend>{t('register.filters')}</legend>
      <Field label={t('register.ledger.search')} wide>
        {(id) => (
          <input
            id={id}
            type="search"
            value={filter.query}
            onChange={(e) => set({ query: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('register.ledger.side')}>
        {(id) => (
          <select
            id={id}
            value={filter.side}
            onChange={(e) => set({ side: LEDGER_SIDES.find((side) => side === e.target.value) ?? '' })}
          >
            <option value="">{t('register.ledger.anySide')}</option>
            {LEDGER_SIDES.map((side) => (
              <option key={side} value={side}>
                {t(`ledger.side.${side}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('register.ledger.verdict')}>
        {(id) => (
          <select
            id={id}
            value={filter.verdict}
            onChange={(e) => {
              const value = e.target.value;
              set({
                verdict: value === 'unreviewed' ? value : (LEDGER_VERDICTS.find((v) => v === value) ?? ''),
              });
            }}
          >
            <option value="">{t('register.ledger.anyVerdict')}</option>
            {LEDGER_VERDICTS.map((verdict) => (
              <option key={verdict} value={verdict}>
                {t(`ledger.verdict.${verdict}`)}
              </option>
            ))}
            <option value="unreviewed">{t('ledger.verdict.none')}</option>
          </select>
        )}
      </Field>
      <Field label={t('register.ledger.status')}>
        {(id) => (
          <select
            id={id}
            value={filter.status}
            onChange={(e) => {
              const value = e.target.value;
              set({ status: value === 'active' || value === 'ended' ? value : '' });
            }}
          >
            <option value="">{t('register.ledger.anyStatus')}</option>
            <option value="active">{t('ledger.status.active')}</option>
            <option value="ended">{t('ledger.status.ended')}</option>
          </select>
        )}
      </Field>
      <Field label={t('register.ledger.owner')}>
        {(id) => (
          <select id={id} value={filter.ownerId} onChange={(e) => set({ ownerId: e.target.value })}>
            <option value="">{t('register.ledger.anyOwner')}</option>
            {options.owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('register.ledger.series')}>
        {(id) => (
          <select id={id} value={filter.seriesId} onChange={(e) => set({ seriesId: e.target.value })}>
            <option value="">{t('register.ledger.anySeries')}</option>
            {options.series.map((series) => (
              <option key={series.id} value={series.id}>
                {series.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="register-clear">
        <button type="button" disabled={!filtered} onClick={() => onChange(NO_LEDGER_FILTER)}>
          {t('register.filter.clear')}
        </button>
      </div>
    </fieldset>
  );
}

function Field({
  label,
  wide,
  children,
}: {
  label: string;
  wide?: boolean;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={wide ? 'field register-search' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

function LedgerTable({ rows }: { rows: readonly LedgerRow[] }) {
  const t = useT();
  const entries = useMemo(() => rows.map((row) => ({ row })), [rows]);
  const { shown, remaining, showMore } = usePage(entries);
  return (
    <>
      <table className="register-table ledger-table">
        <thead>
          <tr>
            <th scope="col">{t('ledger.title')}</th>
            <th scope="col">{t('ledger.gives.marketing')}</th>
            <th scope="col">{t('ledger.gives.sales')}</th>
            <th scope="col">{t('register.column.status')}</th>
            <th scope="col">{t('register.column.meeting')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ row }) => (
            <LedgerTableRow key={row.id} row={row} />
          ))}
        </tbody>
      </table>
      <ShowMore remaining={remaining} onClick={showMore} />
    </>
  );
}

function LedgerTableRow({ row }: { row: LedgerRow }) {
  const t = useT();
  const language = useLanguage();
  return (
    <tr className="register-row">
      <th scope="row" className="register-what">
        {row.title}
        {row.period !== '' && (
          <span className="register-sub">{t('ledger.periodIs', { period: row.period })}</span>
        )}
      </th>
      {LEDGER_SIDES.map((side) => (
        <SideCell key={side} side={side} value={row[side]} />
      ))}
      <td>{t(`ledger.status.${row.status}`)}</td>
      <td>
        <a href={hrefOf({ name: 'prepare', meetingId: row.meetingId })}>{row.meetingTitle}</a>
        {row.meetingDate !== '' && (
          <span className="register-sub">{formatDate(language, row.meetingDate)}</span>
        )}
      </td>
    </tr>
  );
}

function SideCell({ side, value }: { side: LedgerSide; value: LedgerSideRow }) {
  const t = useT();
  const language = useLanguage();
  const rate = value.kept.rate;
  return (
    <td className={`ledger-cell side-${side}`}>
      {value.gives}
      {value.owner !== undefined && (
        <span className="register-sub">{t('ledger.ownerIs', { name: value.owner })}</span>
      )}
      <span className={`register-sub verdict-tag verdict-${value.lastVerdict ?? 'none'}`}>
        {t(`ledger.verdict.${value.lastVerdict ?? 'none'}`)}
        {value.lastFigure !== undefined &&
          ` · ${formatNumber(language, value.lastFigure)}${value.unit ? ` ${value.unit}` : ''}`}
      </span>
      {rate !== undefined && (
        <span className="register-sub">
          {t('register.ledger.keptRate', { rate: Math.round(rate * 100), count: value.kept.reviewed })}
        </span>
      )}
    </td>
  );
}

function LedgerExport({ rows, today }: { rows: readonly LedgerRow[]; today: CalendarDate }) {
  const t = useT();
  const language = useLanguage();
  const platform = usePlatform();
  const [status, setStatus] = useState<{ saved: string } | { failed: true } | null>(null);
  async function exportCsv() {
    const name = `${t('register.file.agreements')}-${today}.csv`;
    try {
      const result = await platform.saveFile({
        name,
        mimeType: 'text/csv',
        filters: [{ name: t('register.fileType.csv'), extensions: ['csv'] }],
        data: ledgerCsv(rows, language),
      });
      if (result.ok) setStatus({ saved: name });
      else setStatus(result.error.code === 'cancelled' ? null : { failed: true });
    } catch {
      setStatus({ failed: true });
    }
  }
  return (
    <div className="register-exports">
      <button type="button" onClick={() => void exportCsv()}>
        {t('register.exportCsv')}
      </button>
      {status && (
        <span role="status" className="muted">
          {'saved' in status ? t('register.saved', { name: status.saved }) : t('register.saveFailed')}
        </span>
      )}
    </div>
  );
}
