/** The minutes' opening: the header, the participants by department, and the agenda as run. */
import { clockTime, planSchedule } from '../agenda';
import { actualMinutes, extendedMinutes } from '../run-clock';
import type { AgendaItem, AttendanceRole } from '../types';
import { columns, live, type BuildContext } from './context';
import type { Block, Section } from './model';
import type { SnapshotParticipant } from './snapshot';

function namesWithRole(ctx: BuildContext, role: AttendanceRole): string {
  const names = live(ctx.snapshot.participants.map((p) => p.attendance))
    .filter((attendance) => attendance.role === role)
    .map((attendance) => ctx.n.person(attendance.personId));
  return names.length === 0 ? ctx.w('dash') : names.join(', ');
}

export function headerSection(ctx: BuildContext): Section {
  const { meeting } = ctx.snapshot;
  const [hours = 0, minutes = 0] = meeting.startTime.split(':').map(Number);
  const end = clockTime(hours * 60 + minutes + meeting.durationMinutes);
  return {
    id: 'header',
    heading: ctx.w('section.header'),
    major: false,
    blocks: [
      {
        kind: 'fields',
        fields: [
          { label: ctx.w('field.title'), value: meeting.title },
          { label: ctx.w('field.goal'), value: meeting.goal || ctx.w('dash') },
          { label: ctx.w('field.date'), value: ctx.f.date(meeting.date) },
          { label: ctx.w('field.time'), value: ctx.w('time.range', { start: meeting.startTime, end }) },
          { label: ctx.w('field.location'), value: meeting.location || ctx.w('dash') },
          { label: ctx.w('field.facilitator'), value: namesWithRole(ctx, 'facilitator') },
          { label: ctx.w('field.minuteTaker'), value: namesWithRole(ctx, 'minute-taker') },
        ],
      },
    ],
  };
}

/** Participants grouped by department, in the order of the workspace's department list. */
export function participantsSection(ctx: BuildContext): Section {
  const participants = ctx.snapshot.participants.filter((p) => p.attendance.deletedAt === undefined);
  const order = ctx.snapshot.departments.map((department) => department.id);
  const rank = (p: SnapshotParticipant) => {
    const index = order.indexOf(p.person?.departmentId ?? '');
    return index === -1 ? order.length : index;
  };
  const groups = new Map<number, SnapshotParticipant[]>();
  for (const participant of [...participants].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      ctx.n.person(a.attendance.personId).localeCompare(ctx.n.person(b.attendance.personId)),
  )) {
    groups.set(rank(participant), [...(groups.get(rank(participant)) ?? []), participant]);
  }
  const blocks: Block[] = [];
  for (const members of groups.values()) {
    blocks.push({ kind: 'subheading', text: ctx.n.department(members[0]?.person?.departmentId) });
    blocks.push({
      kind: 'table',
      header: columns(ctx, ['col.name', 'col.unit', 'col.role', 'col.presence']),
      rows: members.map(({ attendance, person }) => [
        ctx.n.person(attendance.personId),
        person?.orgUnit || ctx.w('dash'),
        ctx.w(`role.${attendance.role}`),
        ctx.w(attendance.present ? 'present.yes' : 'present.no'),
      ]),
    });
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: ctx.w('none') });
  return { id: 'participants', heading: ctx.w('section.participants'), major: false, blocks };
}

function actualTimes(ctx: BuildContext, item: AgendaItem): string {
  const first = item.spans[0]?.start ?? item.actualStart;
  if (first === undefined) return ctx.w('dash');
  const last = item.spans.at(-1)?.end ?? item.actualEnd;
  const range = ctx.w('time.range', {
    start: ctx.f.instantTime(first),
    end: last === undefined ? '' : ctx.f.instantTime(last),
  });
  return `${range} (${ctx.w('minutes.count', { count: ctx.f.number(actualMinutes(item, ctx.now)) })})`;
}

/** Minutes added while the item ran (+1, +5), or a dash. */
function extendedTimes(ctx: BuildContext, item: AgendaItem): string {
  const extended = extendedMinutes(item);
  return extended === 0 ? ctx.w('dash') : ctx.w('extended', { count: ctx.f.number(extended) });
}

export function agendaSection(ctx: BuildContext): Section {
  const schedule = planSchedule(ctx.snapshot.meeting, live(ctx.snapshot.agendaItems));
  const rows = schedule.items.map(({ item, plannedStart, plannedEnd }, index) => [
    String(index + 1),
    item.title,
    ctx.w(`kind.${item.kind}`),
    item.presenterIds.map((id) => ctx.n.person(id)).join(', ') || ctx.w('dash'),
    `${ctx.w('time.range', { start: clockTime(plannedStart), end: clockTime(plannedEnd) })} (${ctx.w(
      'minutes.count',
      { count: ctx.f.number(item.timeboxMinutes) },
    )})`,
    extendedTimes(ctx, item),
    actualTimes(ctx, item),
    ctx.w(`agendaStatus.${item.status}`),
  ]);
  const blocks: Block[] =
    rows.length === 0
      ? [{ kind: 'paragraph', text: ctx.w('none') }]
      : [
          {
            kind: 'table',
            header: columns(ctx, [
              'col.number',
              'col.item',
              'col.kind',
              'col.presenters',
              'col.planned',
              'col.extended',
              'col.actual',
              'col.status',
            ]),
            rows,
          },
        ];
  if (ctx.includeNotes)
    schedule.items.forEach(({ item }, index) => {
      if (item.notes.trim() === '') return;
      blocks.push({ kind: 'subheading', text: `${index + 1}. ${item.title}` });
      blocks.push({ kind: 'paragraph', text: item.notes.trim() });
    });
  return { id: 'agenda', heading: ctx.w('section.agenda'), major: false, blocks };
}
