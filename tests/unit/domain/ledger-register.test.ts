import { describe, expect, it } from 'vitest';
import { ledgerCsv } from '../../../renderer/domain/export/ledger-csv';
import {
  NO_LEDGER_FILTER,
  filterLedgerRows,
  ledgerFilterOf,
  ledgerQueryOf,
  ledgerRows,
} from '../../../renderer/domain/ledger-register';
import type { LedgerEntry, LedgerReview, Meeting, Person } from '../../../renderer/domain/types';

const T = '2026-11-01T09:00:00.000Z';
const meeting = (id: string, date: string, seriesId = 's1'): Meeting => ({
  id,
  createdAt: T,
  updatedAt: T,
  title: id === 's1' ? 'Pipeline review' : 'Other',
  goal: '',
  date,
  startTime: '09:00',
  durationMinutes: 60,
  location: '',
  language: 'en',
  status: 'ended',
  seriesId,
  groundRules: [],
  definitionIds: [],
});
const meetings = [meeting('s1', '2026-11-01'), meeting('m2', '2026-11-08'), meeting('x', '2026-11-02', 'x')];
const people: Person[] = [
  { id: 'ana', createdAt: T, updatedAt: T, name: 'Ana', departmentId: 'sales', orgUnit: '', archived: false },
];
const entry = (id: string, meetingId: string, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id,
  createdAt: T,
  updatedAt: T,
  meetingId,
  seriesId: meetingId === 'x' ? 'x' : 's1',
  title: id,
  marketing: { gives: '=leads', measure: 'leads', target: 300, unit: 'leads' },
  sales: { gives: 'follow-up; fast', measure: 'h', target: 1.5, unit: 'h', ownerPersonId: 'ana' },
  period: 'a month',
  startDate: '2026-11-01',
  status: 'active',
  ...extra,
});
const review = (
  entryId: string,
  meetingId: string,
  m: 'kept' | 'partly' | 'broken',
  s?: 'kept',
): LedgerReview => ({
  id: `r-${entryId}-${meetingId}`,
  createdAt: T,
  updatedAt: T,
  entryId,
  meetingId,
  marketing: { verdict: m, note: '', figure: 240.5 },
  sales: { note: '', ...(s ? { verdict: s } : {}) },
});

const rows = ledgerRows(
  [entry('a', 's1'), entry('b', 'x', { status: 'ended' }), entry('gone', 's1', { deletedAt: T })],
  [review('a', 'm2', 'partly', 'kept')],
  meetings,
  people,
);

describe('the agreements register', () => {
  it('builds one row per live agreement with the latest verdicts, kept rates and series', () => {
    expect(rows.map((row) => row.id).sort()).toEqual(['a', 'b']);
    const a = rows.find((row) => row.id === 'a');
    expect(a).toMatchObject({
      seriesTitle: 'Pipeline review',
      reviews: 1,
      marketing: { lastVerdict: 'partly', lastFigure: 240.5, kept: { rate: 0 } },
      sales: { lastVerdict: 'kept', owner: 'Ana', kept: { rate: 1 } },
    });
  });

  it('filters by side, verdict, status, owner and series, each narrowing the others', () => {
    const ids = (filter: Partial<typeof NO_LEDGER_FILTER>) =>
      filterLedgerRows(rows, { ...NO_LEDGER_FILTER, ...filter }).map((row) => row.id);
    expect(ids({ verdict: 'partly' })).toEqual(['a']);
    expect(ids({ verdict: 'partly', side: 'sales' })).toEqual([]);
    expect(ids({ verdict: 'unreviewed' })).toEqual(['b']);
    expect(ids({ status: 'ended' })).toEqual(['b']);
    expect(ids({ ownerId: 'ana', side: 'marketing' })).toEqual([]);
    expect(ids({ seriesId: 's1' })).toEqual(['a']);
    expect(ids({ query: 'FOLLOW' }).sort()).toEqual(['a', 'b']);
  });

  it('writes and reads its filters in the address, ignoring what cannot be', () => {
    const filter = {
      ...NO_LEDGER_FILTER,
      side: 'sales' as const,
      verdict: 'broken' as const,
      seriesId: 's1',
    };
    expect(ledgerQueryOf(filter)).toBe('side=sales&verdict=broken&series=s1');
    expect(ledgerFilterOf(ledgerQueryOf(filter))).toEqual(filter);
    expect(ledgerFilterOf('side=both&verdict=maybe&status=x')).toEqual(NO_LEDGER_FILTER);
  });

  it('exports CSV with BOM, the language separator, decimal commas in German and neutralised cells', () => {
    const a = rows.filter((row) => row.id === 'a');
    const en = ledgerCsv(a, 'en');
    const de = ledgerCsv(a, 'de');
    expect(en.startsWith('\uFEFFAgreement,Status,Marketing gives')).toBe(true);
    expect(de.startsWith('\uFEFFVereinbarung;Status;Marketing gibt')).toBe(true);
    expect(en).toContain("'=leads");
    expect(en).toContain('Partly kept');
    expect(de).toContain('Teilweise eingehalten');
    expect(de).toContain('1,5 h');
    expect(en).toContain('"follow-up; fast"');
    expect(en.endsWith('\r\n')).toBe(true);
  });
});
