import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingsScreen } from '../../renderer/features/meetings/MeetingsScreen';
import { PrepareScreen } from '../../renderer/app/screens/PrepareScreen';
import { renderApp } from './render-app';
import { freshWorkspace, renderWithProviders } from './render-with-providers';

async function renderPrepared(options: { template?: string } = {}) {
  const workspace = freshWorkspace();
  const draft = {
    title: 'Q1 joint strategy',
    date: '2026-12-01',
    startTime: '09:30',
    language: 'en' as const,
  };
  const created = options.template
    ? await workspace.templates.createMeetingFromTemplate(draft, options.template)
    : await workspace.meetings.create(draft);
  if (!created.ok) throw new Error('meeting fixture must be valid');
  const meetingId = 'meeting' in created.value ? created.value.meeting.id : created.value.id;
  const view = renderWithProviders(<PrepareScreen meetingId={meetingId} />, { workspace });
  await screen.findByRole('heading', { level: 1, name: 'Q1 joint strategy' });
  return { ...view, meetingId };
}

const agendaTitles = () =>
  within(screen.getByRole('list', { name: 'Agenda' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.agenda-title')?.textContent);

describe('the Prepare screen', () => {
  it('says plainly when a meeting does not exist', async () => {
    renderWithProviders(<PrepareScreen meetingId="no-such-meeting" />);
    expect(await screen.findByText('This meeting does not exist or was deleted.')).toBeTruthy();
  });

  it('adds agenda items with planned start times and shows the overrun', async () => {
    const { user } = await renderPrepared();
    const add = async (title: string, minutes: string, number: number) => {
      await user.type(screen.getByRole('textbox', { name: 'Item title' }), title);
      const timebox = screen.getByRole('textbox', { name: 'Timebox (minutes)' });
      await user.clear(timebox);
      await user.type(timebox, minutes);
      await user.click(screen.getByRole('button', { name: 'Add agenda item' }));
      await screen.findByRole('listitem', { name: `Agenda item ${number}: ${title}` });
    };
    await add('Pipeline review', '100', 1);
    await add('Campaign calendar', '30', 2);
    expect(screen.getByRole('listitem', { name: 'Agenda item 2: Campaign calendar' }).textContent).toContain(
      '11:10',
    );
    expect(screen.getByText('The agenda runs 10 minutes past the planned end.')).toBeTruthy();
    expect(screen.getByText('130 of 120 minutes planned', { exact: false })).toBeTruthy();
  });

  it('refuses a timebox of 0 or over 600 minutes next to the field, adding nothing', async () => {
    const { user, db } = await renderPrepared();
    await user.type(screen.getByRole('textbox', { name: 'Item title' }), 'Endless');
    const timebox = screen.getByRole('textbox', { name: 'Timebox (minutes)' });
    for (const minutes of ['0', '601']) {
      await user.clear(timebox);
      await user.type(timebox, minutes);
      await user.click(screen.getByRole('button', { name: 'Add agenda item' }));
      expect((await screen.findByRole('alert')).textContent).toBe('Enter a timebox of 1 to 600 minutes.');
    }
    expect(await db.agendaItems.count()).toBe(0);
    expect(screen.getByRole('textbox', { name: 'Item title' })).toHaveProperty('value', 'Endless');
  });

  it('reorders the agenda by keyboard and keeps focus on the moved item', async () => {
    const { user } = await renderPrepared({ template: 'builtin:price-offer:en' });
    const before = agendaTitles();
    const third = screen.getByRole('listitem', { name: `Agenda item 3: ${before[2]}` });
    third.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await screen.findByRole('listitem', { name: `Agenda item 2: ${before[2]}` });
    expect(agendaTitles().slice(0, 3)).toEqual([before[0], before[2], before[1]]);
    expect(screen.getByText(`${before[2]} is now item 2 of ${before.length}.`)).toBeTruthy();
  });

  it('deletes an agenda item and brings it back in its place on Undo', async () => {
    const { user } = await renderPrepared({ template: 'builtin:campaign-planning:en' });
    const before = agendaTitles();
    await user.click(screen.getByRole('button', { name: `Delete ${before[1]}` }));
    await screen.findByText(`Agenda item deleted: ${before[1]}`);
    expect(agendaTitles()).not.toContain(before[1]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('listitem', { name: `Agenda item 2: ${before[1]}` });
    expect(agendaTitles()).toEqual(before);
  });

  it('refuses a planned duration shorter than the agenda and keeps the stored one', async () => {
    const { user, db, meetingId } = await renderPrepared({ template: 'builtin:quarterly-strategy:en' });
    const duration = screen.getByRole('spinbutton', { name: 'Planned duration (minutes)' });
    await user.clear(duration);
    await user.type(duration, '60');
    expect((await screen.findByRole('alert')).textContent).toContain('The agenda already needs 115 minutes');
    expect((await db.meetings.get(meetingId))?.durationMinutes).toBe(120);
  });

  it('saves the goal as it is typed', async () => {
    const { user, db, meetingId } = await renderPrepared();
    await user.type(screen.getByRole('textbox', { name: 'Goal' }), 'Agree Q1 priorities');
    // Keys typed during a save go with the next one (ui/use-autosaved-text.ts): wait for the last.
    await waitFor(async () => expect((await db.meetings.get(meetingId))?.goal).toBe('Agree Q1 priorities'));
  });

  it('warns when nobody from Sales takes part, and stops when someone does', async () => {
    const { user, workspace, meetingId } = await renderPrepared();
    await workspace.people.create({
      name: 'Mara Lind',
      departmentId: 'marketing',
      orgUnit: 'Central Marketing',
      email: '',
    });
    const picker = screen.getByRole('combobox', { name: 'Add participant' });
    await user.type(picker, 'Mara');
    await user.click(await screen.findByRole('option', { name: /Mara Lind/ }));
    await screen.findByRole('combobox', { name: 'Role of Mara Lind' });
    expect(screen.getByText(/Nobody from Sales is taking part/)).toBeTruthy();
    expect(screen.queryByText(/Nobody from Marketing/)).toBeNull();

    await workspace.people.create({
      name: 'Jon Vik',
      departmentId: 'sales',
      orgUnit: 'Sales Nordics',
      email: '',
    });
    const jon = (await workspace.db.people.toArray()).find((person) => person.name === 'Jon Vik');
    await workspace.attendance.add(meetingId, jon?.id ?? '');
    await screen.findByRole('combobox', { name: 'Role of Jon Vik' });
    expect(screen.queryByText(/Nobody from Sales/)).toBeNull();
  });

  it('starts with the standard ground rules and saves an edited list', async () => {
    const { user, db, meetingId } = await renderPrepared();
    expect(screen.getAllByRole('textbox', { name: /^Ground rule \d$/ })).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'Remove ground rule 5' }));
    await user.type(
      screen.getByRole('textbox', { name: 'New ground rule' }),
      'Phones stay face down.{Enter}',
    );
    const stored = (await db.meetings.get(meetingId))?.groundRules;
    expect(stored).toHaveLength(5);
    expect(stored?.at(-1)).toBe('Phones stay face down.');
  });

  it('saves the agenda as a template that New meeting then offers', async () => {
    const { user, workspace, unmount } = await renderPrepared({ template: 'builtin:lead-handover:en' });
    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(screen.getByRole('menuitem', { name: 'Save agenda as template' }));
    const dialog = screen.getByRole('dialog', { name: 'Save agenda as template' });
    const name = within(dialog).getByRole('textbox', { name: 'Name of the template' });
    await user.clear(name);
    await user.type(name, 'Our lead hand-over{Enter}');
    expect(await screen.findByText('Saved as template “Our lead hand-over”.')).toBeTruthy();
    const [stored] = await workspace.db.templates.toArray();
    expect(stored?.agenda.map((item) => item.title)).toEqual(agendaTitles());
    unmount();

    renderWithProviders(<MeetingsScreen />, { workspace });
    await user.click(await screen.findByRole('button', { name: 'New meeting' }));
    const startFrom = screen.getByRole('combobox', { name: 'Start from' });
    expect(await within(startFrom).findByRole('option', { name: /^Our lead hand-over/ })).toBeTruthy();
  });

  it('brings back the last deleted agenda item with Ctrl+Z', async () => {
    const workspace = freshWorkspace();
    const draft = {
      title: 'Lead hand-over',
      date: '2026-12-01',
      startTime: '09:30',
      language: 'en' as const,
    };
    const created = await workspace.templates.createMeetingFromTemplate(draft, 'builtin:lead-handover:en');
    if (!created.ok) throw new Error('meeting fixture must be valid');
    window.location.hash = `#/meetings/${created.value.meeting.id}`;
    const { user } = renderApp({ workspace });
    await screen.findByRole('heading', { level: 1, name: 'Lead hand-over' });
    const before = agendaTitles();
    await user.click(screen.getByRole('button', { name: `Delete ${before[2]}` }));
    await waitFor(() => expect(agendaTitles()).not.toContain(before[2]));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(agendaTitles()).toEqual(before));
    expect(screen.getByText(`Undone: Agenda item deleted: ${before[2]}`)).toBeTruthy();
  });
});
