/**
 * CSV of the decision register and of the action items, for Excel and other spreadsheets.
 *
 * The writer follows RFC 4180: records end in CRLF, and a field is quoted when it holds a quote,
 * a comma, CR or LF, with its quotes doubled. The text starts with a byte order mark (U+FEFF):
 * without it Excel reads the file in the machine's legacy code page and garbles "Über" and "€".
 *
 * Every cell the user typed is neutralised against CSV (formula) injection, as OWASP advises: a
 * spreadsheet runs a cell beginning with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)`,
 * `=cmd|…`, `@SUM(…)`), and a leading tab or CR can hide such a character from a quick look.
 * Such a trigger gets a `'` before it, which spreadsheets take as "this is text" and hide. We
 * prefix every such cell, harmless ones like "-5 % churn" too: telling a harmless minus from an
 * attack (`-2+3+cmd|…`) is exactly the guessing that makes injection work, and a visible
 * apostrophe in a rare cell costs little. Our own values never trigger it: dates are ISO
 * `YYYY-MM-DD`, numbers are written `D-n`. Lists in one cell (RACI names, scope tags) are joined
 * with "; ".
 *
 * The separator follows the convention of the file's language (`CSV_SEPARATOR`): `,` in English,
 * `;` in German, where `,` is the decimal comma and German Excel and LibreOffice split at `;` when a
 * file is opened with a double click. A user may still pick another separator (tab, say) on import:
 * `x;=cmd|' /C calc'!A0` is one harmless cell read at `,` and a formula cell read at `;`, quotes
 * or not (a quote opens a quoted field only at the start of one). So a trigger is neutralised not
 * only at the start of a cell but wherever a cell could start when the file is split at any of
 * `,` `;` tab or a line break: after each of them, spaces and all (a reader may trim them). And a
 * cell holding any of these separators is quoted, whichever one the file uses, so a reader
 * splitting at its own separator keeps it whole.
 * tests/unit/domain/export/csv-libreoffice.test.ts opens the files in LibreOffice Calc at `,`, `;` and
 * tab and finds no formula cell, and at each file's own separator finds every column.
 */
import { formatNumber } from '../decisions';
import type { Language } from '../types';
import type { ActionItemRow, DecisionRegisterRow } from './rows';
import { valueWords, word } from './words';

/** The byte order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/** The separator of a CSV file in each language, as spreadsheets set to that language expect it. */
export const CSV_SEPARATOR: Readonly<Record<Language, CsvSeparator>> = { en: ',', de: ';' };
export type CsvSeparator = ',' | ';';
/**
 * A formula trigger (`=` `+` `-` `@`) where a spreadsheet may start a cell: at the start of ours,
 * or after any common separator or a line break, with white space between, or a quote, which
 * would open a quoted field there.
 */
const TRIGGER_WHERE_A_CELL_MAY_START = /(^[ \t\r\n]*|[,;\t\r\n][ \t\r\n"]*)(?=[=+\-@])/g;
/** Characters that hide what follows at the start of a cell. */
const HIDING_START = /^[\t\r]/;
/** A field is quoted when it holds a quote, a line break or any common separator. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * A cell made safe for spreadsheets read at any common separator: a `'` before every formula
 * trigger where a cell may start, and before a leading tab or CR.
 */
export function neutraliseCell(value: string): string {
  const safe = value.replace(TRIGGER_WHERE_A_CELL_MAY_START, "$1'");
  return HIDING_START.test(safe) ? `'${safe}` : safe;
}

/**
 * One field as RFC 4180 writes it: quoted, with quotes doubled, only when it needs to be; also
 * when it holds `;` or a tab, for readers that split there.
 */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A whole CSV text: the BOM, the header row as given, then each row with every cell neutralised,
 * the fields joined by `separator`, every record ending in CRLF.
 */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  separator: CsvSeparator = ',',
): string {
  const lines = [
    header.map(csvField),
    ...rows.map((row) => row.map((cell) => csvField(neutraliseCell(cell)))),
  ];
  return BOM + lines.map((fields) => `${fields.join(separator)}\r\n`).join('');
}

const list = (names: readonly string[]): string => names.join('; ');
const optionalNumber = (number: number | undefined): string =>
  number === undefined ? '' : formatNumber(number);

const DECISION_COLUMNS = [
  'decision.number',
  'decision.meetingTitle',
  'decision.meetingDate',
  'decision.statement',
  'decision.method',
  'decision.status',
  'decision.accountable',
  'decision.responsible',
  'decision.consulted',
  'decision.informed',
  'decision.scope',
  'decision.dueDate',
  'decision.reviewDate',
  'decision.stanceMarketing',
  'decision.stanceSales',
  'decision.supersedes',
] as const;

const ACTION_COLUMNS = [
  'action.what',
  'action.owner',
  'action.dueDate',
  'action.channel',
  'action.status',
  'action.meetingTitle',
  'action.meetingDate',
  'action.decision',
] as const;

/** The decision register as CSV in `language`: its headers, values and separator; rows in the order given. */
export function decisionRegisterCsv(rows: readonly DecisionRegisterRow[], language: Language): string {
  const values = valueWords(language);
  const stance = (value: DecisionRegisterRow['stanceMarketing']): string =>
    value === undefined ? '' : values.stance(value);
  return csvText(
    DECISION_COLUMNS.map((key) => word(language, key)),
    rows.map((row) => [
      formatNumber(row.number),
      row.meetingTitle,
      row.meetingDate,
      row.statement,
      values.method(row.method),
      values.decisionStatus(row.status),
      row.accountable ?? '',
      list(row.responsible),
      list(row.consulted),
      list(row.informed),
      row.scope.length === 0 ? word(language, 'scope.global') : list(row.scope),
      row.dueDate ?? '',
      row.reviewDate ?? '',
      stance(row.stanceMarketing),
      stance(row.stanceSales),
      optionalNumber(row.supersedesNumber),
    ]),
    CSV_SEPARATOR[language],
  );
}

/** The action items as CSV in `language`: its headers, values and separator; rows in the order given. */
export function actionItemsCsv(rows: readonly ActionItemRow[], language: Language): string {
  const values = valueWords(language);
  return csvText(
    ACTION_COLUMNS.map((key) => word(language, key)),
    rows.map((row) => [
      row.what,
      row.owner ?? '',
      row.dueDate ?? '',
      row.channel === undefined ? '' : values.channel(row.channel),
      values.actionStatus(row.status),
      row.meetingTitle,
      row.meetingDate,
      optionalNumber(row.decisionNumber),
    ]),
    CSV_SEPARATOR[language],
  );
}
