import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SpeakerQueuePanel } from '../../renderer/features/speakers/SpeakerQueuePanel';
import { freshWorkspace, renderWithProviders } from './render-with-providers';
import { panelProps, seedRunningMeeting } from './run-panel-fixture';

async function renderPanel(
  language: 'en' | 'de' = 'en',
  seed?: (workspace: ReturnType<typeof freshWorkspace>) => Promise<void>,
) {
  const workspace = freshWorkspace();
  await seedRunningMeeting(workspace);
  await seed?.(workspace);
  return renderWithProviders(<SpeakerQueuePanel {...panelProps} />, { language, workspace });
}

const turn = (id: string, personId: string, start: string, end: string) => ({
  id,
  createdAt: start,
  updatedAt: end,
  meetingId: 'm1',
  personId,
  raisedAt: start,
  start,
  end,
});

describe('the speaker queue', () => {
  it('takes raised hands in the order they were raised', async () => {
    const { user, db } = await renderPanel();
    await screen.findByRole('button', { name: 'Raise a hand' });
    expect(screen.queryByRole('button', { name: 'Raise hand for Cleo Brandt' })).toBeNull();
    await user.keyboard('{Alt>}h{/Alt}');
    await screen.findByRole('button', { name: 'Raise hand for Cleo Brandt' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Raise hand for Ana Ruiz' }));
    await user.click(screen.getByRole('button', { name: 'Raise hand for Cleo Brandt' }));
    await user.click(screen.getByRole('button', { name: 'Raise hand for Ana Ruiz' }));

    const waiting = await screen.findByRole('list', { name: 'Waiting to speak' });
    await waitFor(() =>
      expect(
        within(waiting)
          .getAllByRole('listitem')
          .map((row) => row.querySelector('span')?.textContent),
      ).toEqual(['Cleo Brandt', 'Ana Ruiz']),
    );
    expect(screen.getByRole('button', { name: 'Raise hand for Cleo Brandt' })).toHaveProperty(
      'disabled',
      true,
    );
    // Escape closes the picker; the focus goes back to its button.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Raise hand for Cleo Brandt' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Raise a hand' }));

    await user.click(screen.getByRole('button', { name: 'Next speaker' }));
    expect((await screen.findByText(/^Speaking now: Cleo Brandt/)).textContent).toMatch(/· \d\d:\d\d$/);
    await user.click(screen.getByRole('button', { name: 'Next speaker' }));
    expect(await screen.findByText(/^Speaking now: Ana Ruiz/)).toBeTruthy();
    expect(screen.getByText('No raised hands.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText('Nobody is speaking.')).toBeTruthy();

    const turns = await db.speakerTurns.toArray();
    expect(
      turns.map((entry) => [entry.personId, entry.start !== undefined, entry.end !== undefined]),
    ).toEqual(
      expect.arrayContaining([
        ['cleo', true, true],
        ['ana', true, true],
      ]),
    );
  });

  it('takes the next speaker with Alt+G and stops with Alt+T', async () => {
    const { user } = await renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Raise a hand' }));
    await user.click(await screen.findByRole('button', { name: 'Raise hand for Ana Ruiz' }));
    await screen.findByRole('list', { name: 'Waiting to speak' });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Next speaker' })).toHaveProperty('disabled', false),
    );
    await user.keyboard('{Alt>}g{/Alt}');
    expect(await screen.findByText(/^Speaking now: Ana Ruiz/)).toBeTruthy();
    await user.keyboard('{Alt>}t{/Alt}');
    expect(await screen.findByText('Nobody is speaking.')).toBeTruthy();
  });

  it('lowers a waiting hand', async () => {
    const { user } = await renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Raise a hand' }));
    await user.click(await screen.findByRole('button', { name: 'Raise hand for Ben Okafor' }));
    await user.click(await screen.findByRole('button', { name: 'Lower hand for Ben Okafor' }));
    expect(await screen.findByText('No raised hands.')).toBeTruthy();
  });

  it('shows stored talk time per person and the Marketing–Sales balance', async () => {
    await renderPanel('en', async (workspace) => {
      await workspace.db.speakerTurns.bulkAdd([
        turn('t1', 'ana', '2026-11-27T09:00:00.000Z', '2026-11-27T09:08:10.000Z'),
        turn('t2', 'ben', '2026-11-27T09:10:00.000Z', '2026-11-27T09:20:00.000Z'),
        turn('t3', 'cleo', '2026-11-27T09:20:00.000Z', '2026-11-27T09:22:30.000Z'),
      ]);
    });
    expect(await screen.findByText('Marketing 12:30 · Sales 08:10')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Talk time' });
    expect(within(table).getByRole('rowheader', { name: 'Ben Okafor' }).closest('tr')?.textContent).toContain(
      '10:00',
    );
    expect(within(table).getByRole('rowheader', { name: 'Ana Ruiz' }).closest('tr')?.textContent).toContain(
      'Sales08:10',
    );
  });

  it('speaks German', async () => {
    const { user } = await renderPanel('de', async (workspace) => {
      await workspace.db.speakerTurns.add(
        turn('t1', 'ana', '2026-11-27T09:00:00.000Z', '2026-11-27T09:01:00.000Z'),
      );
    });
    expect(await screen.findByRole('heading', { name: 'Redeliste' })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Wortmeldung aufnehmen' }));
    expect(await screen.findByRole('button', { name: 'Wortmeldung für Ana Ruiz' })).toBeTruthy();
    expect(await screen.findByText('Marketing 00:00 · Vertrieb 01:00')).toBeTruthy();
  });
});
