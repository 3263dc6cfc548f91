/**
 * The give-and-get ledger as CSV, by the conventions of export/csv.ts: BOM, CRLF, the language's
 * separator (`,` English, `;` German), every typed cell neutralised. Figures are written plainly
 * with the language's decimal mark (300, 1.5 / 1,5), kept rates as whole percentages.
 */
import type { LedgerRow, LedgerSideRow } from '../ledger-register';
import { translate } from '../../i18n/language';
import type { Language } from '../types';
import { CSV_SEPARATOR, csvText } from './csv';
import { word } from './words';

const COLUMNS = [
  'ledger.title',
  'ledger.status',
  'ledger.marketingGives',
  'ledger.marketingMeasure',
  'ledger.marketingTarget',
  'ledger.marketingOwner',
  'ledger.marketingVerdict',
  'ledger.marketingKept',
  'ledger.salesGives',
  'ledger.salesMeasure',
  'ledger.salesTarget',
  'ledger.salesOwner',
  'ledger.salesVerdict',
  'ledger.salesKept',
  'ledger.period',
  'ledger.startDate',
  'ledger.reviewDate',
  'ledger.reviews',
  'ledger.meetingTitle',
  'ledger.meetingDate',
] as const;

function figure(language: Language, value: number | undefined, unit?: string): string {
  if (value === undefined) return '';
  const text = language === 'de' ? String(value).replace('.', ',') : String(value);
  return unit ? `${text} ${unit}` : text;
}

function sideCells(language: Language, side: LedgerSideRow): string[] {
  return [
    side.gives,
    side.measure,
    figure(language, side.target, side.unit),
    side.owner ?? '',
    side.lastVerdict === undefined ? '' : translate(language, `ledger.verdict.${side.lastVerdict}`),
    side.kept.rate === undefined ? '' : `${Math.round(side.kept.rate * 100)} %`,
  ];
}

/** The agreements as CSV in `language`, rows in the order given. */
export function ledgerCsv(rows: readonly LedgerRow[], language: Language): string {
  return csvText(
    COLUMNS.map((key) => word(language, key)),
    rows.map((row) => [
      row.title,
      translate(language, `ledger.status.${row.status}`),
      ...sideCells(language, row.marketing),
      ...sideCells(language, row.sales),
      row.period,
      row.startDate,
      row.reviewDate ?? '',
      String(row.reviews),
      row.meetingTitle,
      row.meetingDate,
    ]),
    CSV_SEPARATOR[language],
  );
}
