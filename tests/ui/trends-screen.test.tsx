// The Trends screen over a real (fake-indexeddb) workspace: two meetings of a series drawn as
// charts and shown as tables, the toggle by mouse and keyboard, the SVG export through the platform,
// the German screen with German numbers and dates, and the series picker.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WorkspaceProvider } from '../../renderer/data/provider';
import type { Language, LedgerReview, Meeting, Person } from '../../renderer/domain/types';
import { TrendsScreen } from '../../renderer/features/trends/TrendsScreen';
import { LanguageProvider } from '../../renderer/i18n/react';
import type { OutgoingFile } from '../../renderer/platform/platform';
import { PlatformProvider } from '../../renderer/platform/react';
import { createWebPlatform } from '../../renderer/platform/web';
import { freshWorkspace } from './render-with-providers';

const T = '2026-03-01T10:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: T, updatedAt: T });

const meeting = (id: string, date: string, title: string): Meeting => ({
  ...meta(id),
  title,
  goal: '',
  date,
  startTime: '09:00',
  durationMinutes: 60,
  location: '',
  language: 'en',
  status: 'ended',
  seriesId: 'm-1',
  groundRules: [],
  definitionIds: [],
});

const person = (id: string, departmentId: string): Person => ({
  ...meta(id),
  name: id,
  departmentId,
  orgUnit: '',
  archived: false,
});

const review = (id: string, meetingId: string): LedgerReview => ({
  ...meta(id),
  entryId: 'e-1',
  meetingId,
  marketing: { verdict: 'kept', note: '' },
  sales: { verdict: 'partly', note: '' },
});

async function renderTrends(language: Language = 'en', seriesId: string | null = 'm-1') {
  const workspace = freshWorkspace();
  await workspace.db.meetings.bulkPut([
    meeting('m-1', '2026-03-02', 'Spring session'),
    meeting('m-2', '2026-03-09', 'Spring follow-up'),
  ]);
  await workspace.db.people.bulkPut([person('p-m', 'marketing'), person('p-s', 'sales')]);
  await workspace.db.conflictPoints.bulkPut([
    { ...meta('c1'), meetingId: 'm-1', level: 'content', status: 'open', statement: 'Lead score' },
    { ...meta('c2'), meetingId: 'm-1', level: 'relationship', status: 'open', statement: 'Tone' },
    { ...meta('c3'), meetingId: 'm-2', level: 'content', status: 'open', statement: 'Pricing' },
  ] as never);
  await workspace.db.ledgerReviews.bulkPut([review('r1', 'm-2')]);
  const saved: OutgoingFile[] = [];
  const platform = {
    ...createWebPlatform(),
    saveFile: vi.fn(async (file: OutgoingFile) => {
      saved.push(file);
      return { ok: true as const, value: { path: file.name, bytes: 1 } };
    }),
  };
  const user = userEvent.setup();
  render(
    <WorkspaceProvider workspace={workspace}>
      <PlatformProvider platform={platform}>
        <LanguageProvider language={language}>
          <TrendsScreen seriesId={seriesId ?? undefined} now="2026-03-20T10:00:00.000Z" today="2026-03-20" />
        </LanguageProvider>
      </PlatformProvider>
    </WorkspaceProvider>,
  );
  await screen.findAllByRole('img');
  return { user, saved };
}

const figure = (name: string) => screen.getByRole('region', { name });

describe('TrendsScreen', () => {
  it('draws each chart with data and keeps its table for screen readers, both meetings in it', async () => {
    await renderTrends();
    expect(screen.getByText('2 meetings held')).toBeTruthy();
    const chart = figure('Content vs relationship');
    expect(
      within(chart).getByRole('img', { name: 'Content vs relationship' }).closest('[hidden]'),
    ).toBeNull();
    const rows = within(chart).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '2 Mar 2026 Spring session50%50%',
      '9 Mar 2026 Spring follow-up100%0%',
    ]);
    // A chart with nothing recorded says so instead of drawing empty axes.
    const empty = within(figure('Cascade responses on time')).getByText(
      'Nothing was recorded for this chart yet.',
    );
    expect(empty.closest('[hidden]')).toBeNull();
    expect(within(figure('Give-and-get agreements kept')).getAllByRole('row')[2]?.textContent).toContain(
      '75%',
    );
  });

  it('switches a chart to its table and back by mouse and by keyboard', async () => {
    const { user } = await renderTrends();
    const chart = figure('Content vs relationship');
    const toggle = within(chart).getByRole('button', { name: 'Show as table: Content vs relationship' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(within(chart).getByRole('table').classList.contains('visually-hidden')).toBe(false);
    expect(within(chart).getByRole('img', { hidden: true }).closest('[hidden]')).not.toBeNull();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(within(chart).getByRole('img').closest('[hidden]')).toBeNull();
    await user.keyboard(' ');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('exports a chart as an SVG file through the platform', async () => {
    const { user, saved } = await renderTrends();
    await user.click(screen.getByRole('button', { name: 'Export “Content vs relationship” as SVG' }));
    expect((await screen.findByRole('status')).textContent).toContain(
      'Saved Trends-Content vs relationship-2026-03-20.svg',
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ mimeType: 'image/svg+xml' });
    const text = String(saved[0]?.data);
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg/);
    expect(text).toContain('<title>Content vs relationship</title>');
    expect(text).toContain('fill="#0b5cad"');
  });

  it('speaks German, with German numbers and dates', async () => {
    await renderTrends('de');
    expect(screen.getByRole('heading', { level: 1, name: 'Trends' })).toBeTruthy();
    const chart = figure('Sachebene und Beziehungsebene');
    const rows = within(chart).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('02.03.2026 Spring session50\u00a0%50\u00a0%');
    expect(
      within(chart).getByRole('button', { name: 'Als Tabelle zeigen: Sachebene und Beziehungsebene' }),
    ).toBeTruthy();
    const kept = within(figure('Eingehaltene Geben-und-Nehmen-Vereinbarungen')).getAllByRole('row')[2];
    expect(kept?.textContent).toContain('75\u00a0%');
  });

  it('offers the whole workspace and each series in its picker', async () => {
    await renderTrends('en', null);
    const picker = screen.getByRole('combobox', { name: 'Show' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Whole workspace', 'Spring follow-up (2 meetings)']);
    expect((picker as HTMLSelectElement).value).toBe('');
  });
});
