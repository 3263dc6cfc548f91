// Ground rules edited in two windows (issue 14, part 4): a list saved from an older one never
// replaces the list another window saved; both are offered. Another window's list reaches a
// section nobody is editing.
import { act, screen, waitFor, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../renderer/domain/types';
import { GroundRulesSection } from '../../renderer/features/prepare/GroundRulesSection';
import { freshWorkspace, renderWithProviders } from './render-with-providers';

type Show = (meeting: Meeting) => void;

/** The section, handed the meeting as this window's live query would read it (through `register`). */
function LiveRules({ initial, register }: { initial: Meeting; register: (show: Show) => void }) {
  const [meeting, setMeeting] = useState(initial);
  useEffect(() => register(setMeeting), [register]);
  return <GroundRulesSection meeting={meeting} />;
}

async function renderRules(language: 'en' | 'de') {
  const workspace = freshWorkspace();
  const created = await workspace.meetings.create({
    title: 'Q1',
    date: '2026-12-01',
    startTime: '09:00',
    language,
  });
  if (!created.ok) throw new Error('meeting refused');
  const { id } = created.value;
  const start = ['Facts first'];
  await workspace.meetings.setGroundRules(id, start);
  let showLive: Show = () => undefined;
  const initial = (await workspace.db.meetings.get(id)) as Meeting;
  const view = renderWithProviders(<LiveRules initial={initial} register={(show) => (showLive = show)} />, {
    workspace,
    language,
  });
  /** The other window saves; unless `unread`, this window's live query then hands the section the row. */
  async function otherWindowSaves(rules: string[], unread = false) {
    expect(await workspace.meetings.setGroundRules(id, rules, start)).toMatchObject({ ok: true });
    const stored = (await workspace.db.meetings.get(id)) as Meeting;
    if (!unread) act(() => showLive(stored));
  }
  const storedRules = async () => (await workspace.db.meetings.get(id))?.groundRules;
  return { ...view, otherWindowSaves, storedRules };
}

describe('ground rules edited in two windows', () => {
  it('offers both lists instead of writing over the other window’s, and keeps mine when chosen', async () => {
    const { user, otherWindowSaves, storedRules } = await renderRules('en');
    // The other window adds a rule; this window has not read it yet and adds its own.
    await otherWindowSaves(['Facts first', 'One voice at a time'], true);
    await user.type(screen.getByRole('textbox', { name: 'New ground rule' }), 'Phones away');
    await user.click(screen.getByRole('button', { name: 'Add ground rule' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Changed in another window')).toBeTruthy();
    expect(alert.textContent).toContain('1. Facts first\n2. One voice at a time');
    expect(alert.textContent).toContain('1. Facts first\n2. Phones away');
    expect(await storedRules()).toEqual(['Facts first', 'One voice at a time']);

    await user.click(within(alert).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect(await storedRules()).toEqual(['Facts first', 'Phones away']));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes theirs in German, and then saves the next rule on top of it', async () => {
    const { user, otherWindowSaves, storedRules } = await renderRules('de');
    await otherWindowSaves(['Facts first', 'One voice at a time'], true);
    await user.type(screen.getByRole('textbox', { name: 'Neue Spielregel' }), 'Phones away');
    await user.keyboard('{Enter}');
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Andere Fassung übernehmen' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Spielregel 2' })).toHaveProperty(
      'value',
      'One voice at a time',
    );
    await user.type(screen.getByRole('textbox', { name: 'Neue Spielregel' }), 'Phones away');
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect(await storedRules()).toEqual(['Facts first', 'One voice at a time', 'Phones away']),
    );
  });

  it('shows the other window’s list in a section nobody is editing', async () => {
    const { otherWindowSaves } = await renderRules('en');
    await otherWindowSaves(['Facts first', 'One voice at a time']);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Ground rule 2' })).toHaveProperty(
        'value',
        'One voice at a time',
      ),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
