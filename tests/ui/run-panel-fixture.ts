/** A running meeting with two agenda items and three participants, stored in a fresh workspace. */
import type { Workspace } from '../../renderer/data/workspace';
import type { AgendaItem, Attendance, Meeting, Person } from '../../renderer/domain/types';
import type { RunPanelProps } from '../../renderer/ui/run-panel-props';

const T = '2026-11-27T09:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: T, updatedAt: T });

export const meeting: Meeting = {
  ...meta('m1'),
  title: 'Q1 joint strategy',
  goal: '',
  date: '2026-12-01',
  startTime: '09:00',
  durationMinutes: 120,
  location: '',
  language: 'en',
  status: 'running',
  startedAt: T,
  activeAgendaItemId: 'a2',
  groundRules: [],
  definitionIds: [],
};

const agendaItem = (id: string, position: number, title: string): AgendaItem => ({
  ...meta(id),
  meetingId: 'm1',
  position,
  title,
  description: '',
  kind: 'discussion',
  presenterIds: [],
  timeboxMinutes: 20,
  status: position === 2 ? 'active' : 'done',
  spans: [],
  extensions: [],
  notes: '',
});

export const agenda = [agendaItem('a1', 1, 'Market update'), agendaItem('a2', 2, 'Lead hand-over')];

export const people: Person[] = [
  { ...meta('ana'), name: 'Ana Ruiz', departmentId: 'sales', orgUnit: 'Sales Iberia', archived: false },
  { ...meta('ben'), name: 'Ben Okafor', departmentId: 'marketing', orgUnit: '', archived: false },
  { ...meta('cleo'), name: 'Cleo Brandt', departmentId: 'marketing', orgUnit: '', archived: false },
];

export const attendance: Attendance[] = people.map((person) => ({
  ...meta(`at-${person.id}`),
  meetingId: 'm1',
  personId: person.id,
  role: 'participant',
  present: true,
}));

export const panelProps: RunPanelProps = { meeting, agenda, activeItem: agenda[1], attendance };

/** Stores the meeting, its agenda, people and attendance. */
export async function seedRunningMeeting(workspace: Workspace): Promise<void> {
  await workspace.db.meetings.add(meeting);
  await workspace.db.agendaItems.bulkAdd(agenda);
  await workspace.db.people.bulkAdd(people);
  await workspace.db.attendance.bulkAdd(attendance);
}
