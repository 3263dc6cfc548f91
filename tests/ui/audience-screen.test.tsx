import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConflictPoint } from '../../renderer/domain/types';
import { AudienceScreen } from '../../renderer/features/audience/AudienceScreen';
import { renderWithProviders } from './render-with-providers';
import { meeting, seedRunningMeeting } from './run-panel-fixture';

const T = '2026-11-27T09:00:00.000Z';

const point = (id: string, overrides: Partial<ConflictPoint>): ConflictPoint => ({
  id,
  createdAt: T,
  updatedAt: T,
  meetingId: 'm1',
  agendaItemId: 'a2',
  statement: id,
  level: 'content',
  positionMarketing: '',
  positionSales: '',
  status: 'open',
  resolution: '',
  private: false,
  ...overrides,
});

async function audience(language: 'en' | 'de' = 'en') {
  const view = renderWithProviders(<AudienceScreen meetingId="m1" />, { language });
  await seedRunningMeeting(view.workspace);
  await view.db.meetings.update('m1', { groundRules: ['We argue about the matter, never the person.'] });
  await view.db.conflictPoints.bulkAdd([
    point('Lead scores are set too low', { raisedByDepartmentId: 'sales', raisedByPersonId: 'ana' }),
    point('They never listen to us', { level: 'relationship', raisedByDepartmentId: 'marketing' }),
    point('A private remark', { private: true }),
  ]);
  await screen.findByRole('heading', { level: 2, name: 'Lead hand-over' });
  return view;
}

const root = (container: HTMLElement) => container.querySelector<HTMLElement>('.audience');

describe('the audience view', () => {
  it('shows the current item with its timer and labelled points, without names or private points', async () => {
    const { container } = await audience();
    expect(screen.getByRole('heading', { level: 1, name: meeting.title })).toBeTruthy();
    expect(screen.getByRole('timer')?.getAttribute('data-band')).toBe('ample');
    const points = await screen.findByRole('region', { name: 'Latest points' });
    const relationship = within(points).getByText('They never listen to us').closest('li');
    expect(relationship?.textContent).toMatch(/^Relationship issue They never listen to us$/);
    expect(
      within(points)
        .getByText(/Lead scores/)
        .closest('li')?.textContent,
    ).toContain('Content issue · Sales');
    expect(container.textContent).not.toContain('A private remark');
    expect(container.textContent).not.toContain('Ana Ruiz');
    expect(root(container)?.getAttribute('data-mode')).toBe('current');
  });

  it('follows the stored projection: ground rules, pause, blank, summary, theme', async () => {
    const { container, db } = await audience();
    const project = (mode: 'rules' | 'pause' | 'blank' | 'summary', theme: 'light' | 'dark' = 'dark') =>
      db.settings.put({ key: 'projection', value: { meetingId: 'm1', mode, theme } });

    await project('rules', 'light');
    expect(await screen.findByText('We argue about the matter, never the person.')).toBeTruthy();
    expect(root(container)?.getAttribute('data-theme')).toBe('light');

    await project('pause');
    expect(await screen.findByRole('heading', { name: 'Short break' })).toBeTruthy();

    await project('blank');
    await waitFor(() => expect(root(container)?.getAttribute('data-mode')).toBe('blank'));
    expect(container.textContent).not.toContain(meeting.title);

    await project('summary');
    expect(await screen.findByText('No decisions recorded.')).toBeTruthy();
  });

  it('speaks German', async () => {
    await audience('de');
    const points = await screen.findByRole('region', { name: 'Neueste Punkte' });
    expect(
      within(points)
        .getByText(/They never listen/)
        .closest('li')?.textContent,
    ).toContain('Beziehungsebene');
    expect(
      within(points)
        .getByText(/Lead scores/)
        .closest('li')?.textContent,
    ).toContain('Sachebene · Vertrieb');
  });
});
