import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConflictDraft } from '../../renderer/domain/conflicts';
import type { Workspace } from '../../renderer/data/workspace';
import { renderApp } from './render-app';

async function liveMeeting(workspace: Workspace, title: string) {
  const created = await workspace.meetings.create({
    title,
    date: '2026-12-01',
    startTime: '09:30',
    language: 'en',
  });
  if (!created.ok) throw new Error('meeting fixture must be valid');
  const item = await workspace.agenda.add(created.value.id, {
    title: 'Lead hand-over',
    description: '',
    kind: 'discussion',
    timeboxMinutes: 30,
    presenterIds: [],
  });
  if (!item.ok) throw new Error('agenda item refused');
  await workspace.run.apply(created.value.id, 'start');
  return { meetingId: created.value.id, itemId: item.value.id };
}

function point(
  statement: string,
  level: ConflictDraft['level'],
  isPrivate: boolean,
  agendaItemId: string,
): ConflictDraft {
  return {
    statement,
    level,
    category: '',
    departmentId: '',
    personId: '',
    positionMarketing: '',
    positionSales: '',
    agendaItemId,
    private: isPrivate,
  };
}

const shown = () =>
  within(screen.getByRole('list', { name: 'Conflict points' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.conflict-statement')?.textContent);

describe('the mirrored-screen safety on the run screen', () => {
  it('hides private points by button and by Alt+M, says how many, and shows them again', async () => {
    const app = renderApp();
    const { meetingId, itemId } = await liveMeeting(app.workspace, 'Q1 joint strategy');
    await app.workspace.conflicts.log(meetingId, point('Budget split is unclear', 'content', false, itemId));
    await app.workspace.conflicts.log(
      meetingId,
      point('They never listen to us', 'relationship', true, itemId),
    );
    window.location.hash = `#/meetings/${meetingId}/run`;
    await screen.findByText('They never listen to us');

    const toggle = screen.getByRole('button', { name: 'Mirrored screen' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText('Mirrored screen: off')).toBeTruthy();

    await app.user.click(toggle);
    await waitFor(() => expect(shown()).toEqual(['Budget split is unclear']));
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Mirrored screen: private hidden')).toBeTruthy();
    expect(screen.getByText('1 private point hidden')).toBeTruthy();

    // A private point logged while the safety is on is stored, not shown.
    await app.workspace.conflicts.log(
      meetingId,
      point('Sales ignores our leads', 'relationship', true, itemId),
    );
    await screen.findByText('2 private points hidden');
    expect(shown()).toEqual(['Budget split is unclear']);
    expect(await app.db.conflictPoints.where('meetingId').equals(meetingId).count()).toBe(3);

    await app.user.keyboard('{Alt>}m{/Alt}');
    await screen.findByText('They never listen to us');
    expect(shown()).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Mirrored screen' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(screen.queryByText(/private points? hidden/)).toBeNull();

    await app.user.keyboard('{Alt>}m{/Alt}');
    await waitFor(() => expect(shown()).toEqual(['Budget split is unclear']));
  });
});
