/**
 * The CSV exports opened in a real spreadsheet: LibreOffice Calc (Debian's libreoffice-calc-nogui,
 * which .ci/run installs) reads the decision register and the action items, full of formula
 * payloads, once split at `,`, once at `;` (the default of German Excel and LibreOffice) and once
 * at tab, trimming spaces and evaluating formulas, and writes them as flat ODF (.fods), where a
 * formula cell carries `table:formula`. None may. A control file of raw payloads must come out
 * with formulas at every separator, so the check cannot pass by reading nothing. Read at its own
 * separator (`,` for English, `;` for German: CSV_SEPARATOR), each file has its header words in
 * cells of their own.
 *
 * One soffice call per separator converts all files; a fresh profile in a temporary folder keeps
 * them apart from any other LibreOffice on the machine.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { actionItemsCsv, CSV_SEPARATOR, decisionRegisterCsv } from '../../../../renderer/domain/export/csv';
import { word } from '../../../../renderer/domain/export/words';
import type { ActionItemRow, DecisionRegisterRow } from '../../../../renderer/domain/export/rows';
import { FORMULA_PAYLOADS } from '../../../hostile-text';

/** Formulas hidden behind a separator, a line break, spaces or a quote, and the issue's own. */
const PAYLOADS = [
  ...FORMULA_PAYLOADS,
  "x;=cmd|' /C calc'!A0",
  'x,=1+1',
  'x\t=1+1',
  'x; =1+1',
  'x;"=1+1"',
  'x,"=1+1",y',
  'first\n=1+1',
  'first\r\n@SUM(1)',
  '-1;+1,-1\t@1',
  '"quoted";=1+1',
];

const at = (index: number) => PAYLOADS[index % PAYLOADS.length] ?? '';

const decisions: DecisionRegisterRow[] = PAYLOADS.map((payload, index) => ({
  id: `d${index}`,
  number: index + 1,
  meetingTitle: at(index + 1),
  meetingDate: '2026-12-01',
  statement: payload,
  method: 'consent',
  status: 'decided',
  accountable: at(index + 2),
  responsible: [at(index + 3), at(index + 4)],
  consulted: [at(index + 5)],
  informed: [],
  scope: [at(index + 6), at(index + 7)],
}));

const actions: ActionItemRow[] = PAYLOADS.map((payload, index) => ({
  id: `a${index}`,
  what: payload,
  owner: at(index + 1),
  status: 'open',
  meetingTitle: at(index + 2),
  meetingDate: '2026-12-01',
}));

/** soffice's CSV import options: separator, `"` quotes, UTF-8, from line 1, trim spaces, evaluate formulas. */
const infilter = (separator: number) => `CSV:${separator},34,76,1,,0,false,true,false,false,true,0,true`;
const SEPARATORS = { comma: 44, semicolon: 59, tab: 9 } as const;
const NAMES = { ',': 'comma', ';': 'semicolon' } as const;

/** The first two header cells of each file, in its language, and the separator it is written with. */
const HEADERS = {
  'decisions-en': { language: 'en', columns: ['decision.number', 'decision.meetingTitle'] },
  'decisions-de': { language: 'de', columns: ['decision.number', 'decision.meetingTitle'] },
  'actions-en': { language: 'en', columns: ['action.what', 'action.owner'] },
  'actions-de': { language: 'de', columns: ['action.what', 'action.owner'] },
} as const;

function soffice(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'LibreOffice Calc (soffice) is missing: install Debian’s libreoffice-calc-nogui ' +
        '(apt-get install -y libreoffice-calc-nogui; .ci/run does this when missing).',
    );
  }
}

describe('the CSV exports in LibreOffice Calc', () => {
  it('hold no formula cell read at comma, semicolon or tab', { timeout: 600_000 }, async () => {
    const binary = soffice();
    const dir = mkdtempSync(join(tmpdir(), 'tandem-csv-'));
    try {
      const files = {
        'decisions-en': decisionRegisterCsv(decisions, 'en'),
        'decisions-de': decisionRegisterCsv(decisions, 'de'),
        'actions-en': actionItemsCsv(actions, 'en'),
        'actions-de': actionItemsCsv(actions, 'de'),
        control: `\uFEFFhead\r\n${PAYLOADS.slice(0, 1).join('\r\n')}\r\nx;=1+1\r\nx,=1+1\r\nx\t=1+1\r\n`,
      };
      const inputs = Object.entries(files).map(([name, text]) => {
        const path = join(dir, `${name}.csv`);
        writeFileSync(path, text);
        return path;
      });
      // One call per separator, one after the other: side by side they would crowd out the
      // other tests on a two-core machine.
      for (const [name, separator] of Object.entries(SEPARATORS)) {
        await promisify(execFile)(
          binary,
          [
            `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
            '--headless',
            '--norestore',
            `--infilter=${infilter(separator)}`,
            '--convert-to',
            'fods',
            '--outdir',
            join(dir, name),
            ...inputs,
          ],
          { timeout: 180_000 },
        );
      }
      for (const separator of Object.keys(SEPARATORS)) {
        for (const name of Object.keys(files)) {
          const fods = readFileSync(join(dir, separator, `${name}.fods`), 'utf8');
          const formulas = fods.match(/table:formula="[^"]*"/g) ?? [];
          if (name === 'control') {
            expect(formulas.length, `control at ${separator}`).toBeGreaterThan(0);
          } else {
            expect(formulas, `${name} at ${separator}`).toEqual([]);
            // The file was read: the payloads are there as text.
            expect(fods, `${name} at ${separator}`).toContain('calc');
          }
        }
      }
      for (const [name, { language, columns }] of Object.entries(HEADERS)) {
        const fods = readFileSync(join(dir, NAMES[CSV_SEPARATOR[language]], `${name}.fods`), 'utf8');
        for (const column of columns)
          expect(fods, name).toContain(`<text:p>${word(language, column)}</text:p>`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
