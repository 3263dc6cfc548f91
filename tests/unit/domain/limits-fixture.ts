/**
 * A meeting with every stored field at its limit (renderer/domain/limits.ts): every text as long as
 * the forms allow, every bounded list as full, every number at the edge of its range. Texts are
 * made by `fill`, so a property test can vary what they hold.
 */
import type { MeetingRecords } from '../../../renderer/domain/exchange/format';
import { LIMITS } from '../../../renderer/domain/limits';
import type { Party } from '../../../renderer/domain/types';
import { ids, sampleMeeting } from './exchange-fixture';

/** A text of exactly `length` UTF-16 code units made from `seed` (never empty). */
export function textOf(seed: string, length: number): string {
  const source = seed === '' ? 'x' : seed;
  return source.repeat(Math.ceil(length / source.length)).slice(0, length);
}

const personId = (n: number) => `bbbbbbbb-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The sample meeting with every field at its limit; `seed` is what the texts are made of. */
export function meetingAtLimits(seed = 'Ärger 🚀 "quoted" \\ <b>'): MeetingRecords {
  const records = sampleMeeting();
  const text = (length: number) => textOf(seed, length);
  const [meeting, item, point, decision, action, knowledge, parking, definition] = [
    records.meeting,
    records.agendaItems[0],
    records.conflictPoints[0],
    records.decisions[0],
    records.actionItems[0],
    records.knowledgeItems[0],
    records.parkingLot[0],
    records.definitions[0],
  ];
  if (!item || !point || !decision || !action || !knowledge || !parking || !definition)
    throw new Error('the sample meeting lacks a record');
  const people = Array.from({ length: LIMITS.agendaItem.presenterIds }, (_, index) => ({
    id: personId(index),
    createdAt: meeting.createdAt,
    updatedAt: meeting.updatedAt,
    name: text(LIMITS.person.name),
    departmentId: index % 2 === 0 ? 'marketing' : 'sales',
    orgUnit: text(LIMITS.person.orgUnit),
    email: text(LIMITS.person.email),
    archived: false,
  }));
  const parties = (kind: Party['kind']): Party[] =>
    Array.from({ length: LIMITS.decision.parties }, (_, index): Party => {
      if (kind === 'person') return { kind, personId: personId(index) };
      if (kind === 'department') return { kind, departmentId: index % 2 === 0 ? 'marketing' : 'sales' };
      return { kind, name: text(LIMITS.person.orgUnit) };
    });
  const { min: shortest, max: longest } = LIMITS.agendaItem.timeboxMinutes;
  return {
    ...records,
    meeting: {
      ...meeting,
      title: text(LIMITS.meeting.title),
      goal: text(LIMITS.meeting.goal),
      location: text(LIMITS.meeting.location),
      durationMinutes: LIMITS.meeting.durationMinutes.max,
      groundRules: Array.from({ length: LIMITS.meeting.groundRules }, () => text(LIMITS.meeting.groundRule)),
    },
    people: [...records.people, ...people],
    agendaItems: [
      {
        ...item,
        title: text(LIMITS.agendaItem.title),
        description: text(LIMITS.agendaItem.description),
        notes: text(LIMITS.agendaItem.notes),
        timeboxMinutes: longest,
        presenterIds: people.map((person) => person.id),
      },
      {
        ...item,
        id: ids.item.replace('aaaaaaaa', 'cccccccc'),
        position: 2,
        timeboxMinutes: shortest,
        presenterIds: [],
        notes: '',
      },
    ],
    conflictPoints: [
      {
        ...point,
        statement: text(LIMITS.conflictPoint.statement),
        positionMarketing: text(LIMITS.conflictPoint.position),
        positionSales: text(LIMITS.conflictPoint.position),
        resolution: text(LIMITS.conflictPoint.resolution),
      },
    ],
    decisions: [
      {
        ...decision,
        number: LIMITS.decision.number.max,
        statement: text(LIMITS.decision.statement),
        rationale: text(LIMITS.decision.text),
        alternatives: text(LIMITS.decision.text),
        // Distinct tags, as parseScope keeps them: the index first, then the seed.
        scope: Array.from({ length: LIMITS.decision.scopeTags }, (_, index) =>
          textOf(`${index} ${seed}`, LIMITS.decision.scopeTag),
        ),
        responsible: parties('person'),
        consulted: parties('department'),
        informed: parties('org-unit'),
      },
      {
        ...decision,
        id: ids.decision.replace('aaaaaaaa', 'cccccccc'),
        number: LIMITS.decision.number.min,
        settlesConflictIds: [],
      },
    ],
    actionItems: [{ ...action, what: text(LIMITS.actionItem.what) }],
    knowledgeItems: [
      {
        ...knowledge,
        text: text(LIMITS.knowledgeItem.text),
        topic: text(LIMITS.knowledgeItem.topic),
        answer: text(LIMITS.knowledgeItem.answer),
      },
    ],
    parkingLot: [{ ...parking, text: text(LIMITS.parkingLot.text) }],
    definitions: [
      { ...definition, term: text(LIMITS.definition.term), meaning: text(LIMITS.definition.meaning) },
    ],
  };
}
