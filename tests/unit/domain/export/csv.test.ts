import { describe, expect, it } from 'vitest';
import {
  actionItemsCsv,
  BOM,
  csvField,
  csvText,
  CSV_SEPARATOR,
  decisionRegisterCsv,
  neutraliseCell,
} from '../../../../renderer/domain/export/csv';
import type { ActionItemRow, DecisionRegisterRow } from '../../../../renderer/domain/export/rows';

const decision: DecisionRegisterRow = {
  id: 'd7',
  number: 7,
  meetingTitle: 'Q4 alignment',
  meetingDate: '2026-11-27',
  statement: 'Leads count as qualified after a call',
  method: 'consent',
  status: 'decided',
  accountable: 'Anna Weber',
  responsible: ['Sales Iberia', 'Jon Lee'],
  consulted: ['Marketing'],
  informed: [],
  scope: [],
  dueDate: '2026-12-15',
  reviewDate: '2027-03-01',
  stanceMarketing: 'agree',
  stanceSales: 'agree-with-reservations',
  supersedesNumber: 3,
};

const action: ActionItemRow = {
  id: 'a1',
  what: 'Draft the lead score',
  owner: 'Jon Lee',
  dueDate: '2026-12-15',
  channel: 'in-person',
  status: 'open',
  meetingTitle: 'Q4 alignment',
  meetingDate: '2026-11-27',
  decisionNumber: 7,
};

/** The records of a CSV text without its BOM, split at the CRLF that ends each record. */
function records(text: string): string[] {
  expect(text.startsWith(BOM)).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(BOM.length, -2).split('\r\n');
}

describe('writing RFC 4180 fields', () => {
  it('leaves plain text unquoted', () => {
    expect(csvField('Über den Vertrieb')).toBe('Über den Vertrieb');
    expect(csvField('')).toBe('');
  });

  it('quotes fields holding a quote, a comma, CR or LF, and doubles the quotes', () => {
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('Madrid, Lisbon')).toBe('"Madrid, Lisbon"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
  });

  it('starts with the UTF-8 byte order mark and ends every record, the last too, in CRLF', () => {
    const text = csvText(
      ['a', 'b'],
      [
        ['1', '2'],
        ['3', '4'],
      ],
    );
    expect(text).toBe('\uFEFFa,b\r\n1,2\r\n3,4\r\n');
    // Encoded, the BOM is the three bytes Excel looks for.
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('keeps a line break inside a quoted field, so the record stays one record', () => {
    const text = csvText(['note'], [['first\nsecond, third']]);
    expect(text).toBe('\uFEFFnote\r\n"first\nsecond, third"\r\n');
  });
});

describe('neutralising CSV injection', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t'=1+1"],
    ['\r=1+1', "'\r'=1+1"],
    ['\tplain', "'\tplain"],
    [' =1+1', " '=1+1"],
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
  ])('prefixes %j with a single quote', (cell, safe) => {
    expect(neutraliseCell(cell)).toBe(safe);
  });

  it('prefixes a harmless leading minus too, rather than guess which minus is harmless', () => {
    expect(neutraliseCell('-5 % churn in Q3')).toBe("'-5 % churn in Q3");
  });

  it('leaves cells alone whose trigger is not the first character, and ISO dates', () => {
    expect(neutraliseCell('1+1=2')).toBe('1+1=2');
    expect(neutraliseCell('a@b.example')).toBe('a@b.example');
    expect(neutraliseCell('2026-12-15')).toBe('2026-12-15');
    expect(neutraliseCell('')).toBe('');
  });

  it('neutralises before quoting, so the prefix sits inside the quotes', () => {
    const text = csvText(['what'], [['=cmd|"/c calc"!A1, now'], ['\rhidden']]);
    expect(text).toBe(`\uFEFFwhat\r\n"'=cmd|""/c calc""!A1, now"\r\n"'\rhidden"\r\n`);
  });

  // Read at `;` (German Excel and LibreOffice) or tab, a cell of ours splits there and a quote
  // opens no quoted field in the middle of one: every place a cell may start is neutralised.
  it.each([
    ['the issue: a semicolon', "x;=cmd|' /C calc'!A0", "x;'=cmd|' /C calc'!A0"],
    ['a comma', 'x,=1+1', "x,'=1+1"],
    ['a tab', 'x\t+1', "x\t'+1"],
    ['a line feed', 'first\n@SUM(1)', "first\n'@SUM(1)"],
    ['CR LF', 'first\r\n-1', "first\r\n'-1"],
    ['a semicolon and spaces, which a reader may trim', 'x;  =1', "x;  '=1"],
    ['a semicolon, a tab and a line feed', 'x;\t\n=1', "x;\t\n'=1"],
    ['a semicolon and a quote, which would open a quoted field', 'x;"=1"', `x;"'=1"`],
    ['every one of several', 'a;=1,+2\t-3', "a;'=1,'+2\t'-3"],
  ])('neutralises a trigger after %s', (_case, cell, safe) => {
    expect(neutraliseCell(cell)).toBe(safe);
  });

  it('leaves triggers alone that follow no separator, and a quote at the start', () => {
    expect(neutraliseCell('Q1 - Q2 = growth')).toBe('Q1 - Q2 = growth');
    expect(neutraliseCell('x;y')).toBe('x;y');
    expect(neutraliseCell('"=1"')).toBe('"=1"');
  });

  it.each([
    [',', 'a,b', '"a,b"'],
    [';', 'a;b', '"a;b"'],
    ['tab', 'a\tb', '"a\tb"'],
  ])('quotes a field holding the separator %s', (_separator, cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it('writes the issue payload quoted and neutralised', () => {
    expect(csvText(['what'], [["x;=cmd|' /C calc'!A0"]])).toBe(`\uFEFFwhat\r\n"x;'=cmd|' /C calc'!A0"\r\n`);
  });

  it('neutralises what users typed in the register exports', () => {
    const text = decisionRegisterCsv(
      [{ ...decision, statement: '=1+1', meetingTitle: '@SUM(A1)', accountable: '+49 Team' }],
      'en',
    );
    expect(records(text)[1]).toContain(",'@SUM(A1),2026-11-27,'=1+1,Consent,Decided,'+49 Team,");
  });
});

describe('the separator of each language', () => {
  it('is a comma in English and a semicolon in German, both files with the BOM', () => {
    expect(CSV_SEPARATOR).toEqual({ en: ',', de: ';' });
    for (const language of ['en', 'de'] as const) {
      const text = actionItemsCsv([action], language);
      expect(text.startsWith(BOM)).toBe(true);
      expect(records(text)[0]?.split(CSV_SEPARATOR[language])).toHaveLength(8);
    }
  });

  it('joins the fields of csvText with the separator given', () => {
    expect(csvText(['a', 'b'], [['1,5', '2;5']], ';')).toBe('\uFEFFa;b\r\n"1,5";"2;5"\r\n');
    expect(csvText(['a', 'b'], [['1,5', '2;5']], ',')).toBe('\uFEFFa,b\r\n"1,5","2;5"\r\n');
  });
});

describe('the decision register as CSV', () => {
  it('has every column in English, and a row worded from the codes', () => {
    expect(records(decisionRegisterCsv([decision], 'en'))).toEqual([
      'Number,Meeting,Meeting date,Statement,Method,Status,Accountable owner,Responsible,Consulted,' +
        'Informed,Scope,Due date,Review date,Stance of Marketing,Stance of Sales,Supersedes',
      'D-7,Q4 alignment,2026-11-27,Leads count as qualified after a call,Consent,Decided,Anna Weber,' +
        '"Sales Iberia; Jon Lee",Marketing,,Global,2026-12-15,2027-03-01,Agree,Agree with reservations,D-3',
    ]);
  });

  it('has German headers and values for a German export, separated by semicolons', () => {
    expect(records(decisionRegisterCsv([decision], 'de'))).toEqual([
      'Nummer;Besprechung;Datum der Besprechung;Wortlaut;Verfahren;Status;Verantwortlich (Accountable);' +
        'Durchführend (Responsible);Konsultiert (Consulted);Informiert (Informed);Geltungsbereich;' +
        'Fällig am;Überprüfen am;Haltung des Marketings;Haltung des Vertriebs;Ersetzt',
      'D-7;Q4 alignment;2026-11-27;Leads count as qualified after a call;Konsent;Beschlossen;Anna Weber;' +
        '"Sales Iberia; Jon Lee";Marketing;;Global;2026-12-15;2027-03-01;Zustimmung;Zustimmung mit Vorbehalt;D-3',
    ]);
  });

  it('quotes a German cell holding a semicolon, a comma or a quote, and leaves others bare', () => {
    const text = decisionRegisterCsv(
      [{ ...decision, statement: 'Leads; calls, then demos', meetingTitle: 'Q4 "alignment"' }],
      'de',
    );
    expect(records(text)[1]).toMatch(
      /^D-7;"Q4 ""alignment""";2026-11-27;"Leads; calls, then demos";Konsent;/,
    );
  });

  it('leaves optional cells empty and names the scope tags', () => {
    const bare: DecisionRegisterRow = {
      id: 'd8',
      number: 8,
      meetingTitle: 'Kick-off',
      meetingDate: '2026-12-01',
      statement: 'Shared pipeline review, monthly',
      method: 'management-call',
      status: 'proposed',
      responsible: [],
      consulted: [],
      informed: [],
      scope: ['DACH', 'Iberia'],
    };
    expect(records(decisionRegisterCsv([bare], 'en'))[1]).toBe(
      'D-8,Kick-off,2026-12-01,"Shared pipeline review, monthly",Management call,Proposed,,,,,"DACH; Iberia",,,,,',
    );
  });

  it('has only the header row when nothing is filtered in', () => {
    expect(records(decisionRegisterCsv([], 'en'))).toHaveLength(1);
  });
});

describe('the action items as CSV', () => {
  it('has every column in English (commas) and German (semicolons)', () => {
    expect(records(actionItemsCsv([action], 'en'))).toEqual([
      'What,Owner,Due date,Channel,Status,Meeting,Meeting date,Linked decision',
      'Draft the lead score,Jon Lee,2026-12-15,In person,Open,Q4 alignment,2026-11-27,D-7',
    ]);
    expect(records(actionItemsCsv([action], 'de'))).toEqual([
      'Was;Verantwortlich;Fällig am;Kanal;Status;Besprechung;Datum der Besprechung;Zugehörige Entscheidung',
      'Draft the lead score;Jon Lee;2026-12-15;Persönlich;Offen;Q4 alignment;2026-11-27;D-7',
    ]);
  });

  it('leaves owner, due date, channel and decision empty when not given', () => {
    const bare: ActionItemRow = { ...action, status: 'dropped' };
    delete bare.owner;
    delete bare.dueDate;
    delete bare.channel;
    delete bare.decisionNumber;
    expect(records(actionItemsCsv([bare], 'en'))[1]).toBe(
      'Draft the lead score,,,,Dropped,Q4 alignment,2026-11-27,',
    );
  });
});
