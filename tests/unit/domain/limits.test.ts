// One source of truth for every limit (renderer/domain/limits.ts): a meeting with every field at
// its limit survives export → import unchanged, and one past each limit is refused by the check the
// form runs, with a code the form shows as a message in both languages — and by the import.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkActionDraft } from '../../../renderer/domain/actions';
import { checkAgendaItem, checkNotes, type AgendaItemDraft } from '../../../renderer/domain/agenda';
import { changeStatus, checkConflictDraft, type ConflictDraft } from '../../../renderer/domain/conflicts';
import {
  checkDecisionDraft,
  nextDecisionNumber,
  type DecisionDraft,
} from '../../../renderer/domain/decisions';
import { checkDefinitionDraft } from '../../../renderer/domain/definitions';
import {
  exportMeetingJson,
  parseExchange,
  type MeetingRecords,
} from '../../../renderer/domain/exchange/format';
import { checkGroundRule, checkGroundRules } from '../../../renderer/domain/ground-rules';
import { answerQuestion, checkKnowledgeDraft } from '../../../renderer/domain/knowledge';
import { LIMITS } from '../../../renderer/domain/limits';
import { checkDetailChange } from '../../../renderer/domain/meeting-details';
import { checkParkingLotDraft } from '../../../renderer/domain/parking-lot';
import { checkPersonDraft } from '../../../renderer/domain/people';
import type { Department } from '../../../renderer/domain/types';
import { emptyDraft } from '../../../renderer/features/decisions/labels';
import { formatNumber, LANGUAGES, translate, type MessageKey } from '../../../renderer/i18n/language';
import { meetingAtLimits, textOf } from './limits-fixture';
import { ids, nth, sampleMeeting } from './exchange-fixture';

/** The records of a parsed file, without the envelope. */
function recordsOf(text: string): MeetingRecords {
  const parsed = parseExchange(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  const { format: _format, version: _version, exportedAt: _at, ...records } = parsed.value;
  return records;
}

type Row = Record<string, unknown>;
/** One past each limit of the file, and the place the import names. */
const PAST_LIMIT: { place: string; edit: (file: MeetingRecords) => void }[] = [];
function past(table: keyof MeetingRecords, key: string, value: (row: Row) => unknown) {
  const place = table === 'meeting' ? `meeting.${key}` : `${table}[0].${key}`;
  PAST_LIMIT.push({
    place,
    edit: (file) => {
      const row = (table === 'meeting' ? file.meeting : nth(file[table] as Row[])) as Row;
      row[key] = value(row);
    },
  });
}
const longer = (limit: number) => () => textOf('x', limit + 1);
const oneMore = (row: Row, key: string) => [...(row[key] as unknown[]), nth(row[key] as unknown[])];
const texts: [keyof MeetingRecords, string, number][] = [
  ['meeting', 'title', LIMITS.meeting.title],
  ['meeting', 'goal', LIMITS.meeting.goal],
  ['meeting', 'location', LIMITS.meeting.location],
  ['people', 'name', LIMITS.person.name],
  ['people', 'orgUnit', LIMITS.person.orgUnit],
  ['people', 'email', LIMITS.person.email],
  ['agendaItems', 'title', LIMITS.agendaItem.title],
  ['agendaItems', 'description', LIMITS.agendaItem.description],
  ['agendaItems', 'notes', LIMITS.agendaItem.notes],
  ['conflictPoints', 'statement', LIMITS.conflictPoint.statement],
  ['conflictPoints', 'positionMarketing', LIMITS.conflictPoint.position],
  ['conflictPoints', 'positionSales', LIMITS.conflictPoint.position],
  ['conflictPoints', 'resolution', LIMITS.conflictPoint.resolution],
  ['decisions', 'statement', LIMITS.decision.statement],
  ['decisions', 'rationale', LIMITS.decision.text],
  ['decisions', 'alternatives', LIMITS.decision.text],
  ['actionItems', 'what', LIMITS.actionItem.what],
  ['knowledgeItems', 'text', LIMITS.knowledgeItem.text],
  ['knowledgeItems', 'topic', LIMITS.knowledgeItem.topic],
  ['knowledgeItems', 'answer', LIMITS.knowledgeItem.answer],
  ['parkingLot', 'text', LIMITS.parkingLot.text],
  ['definitions', 'term', LIMITS.definition.term],
  ['definitions', 'meaning', LIMITS.definition.meaning],
];
for (const [table, key, limit] of texts) past(table, key, longer(limit));
for (const key of ['groundRules']) past('meeting', key, (row) => oneMore(row, key));
for (const key of ['presenterIds']) past('agendaItems', key, (row) => oneMore(row, key));
for (const key of ['scope', 'responsible', 'consulted', 'informed'])
  past('decisions', key, (row) => oneMore(row, key));
past('meeting', 'durationMinutes', () => LIMITS.meeting.durationMinutes.max + 1);
past('agendaItems', 'timeboxMinutes', () => LIMITS.agendaItem.timeboxMinutes.max + 1);
past('decisions', 'number', () => LIMITS.decision.number.max + 1);
past('meeting', 'definitionIds', () =>
  Array.from({ length: LIMITS.meeting.definitionIds + 1 }, () => ids.definition),
);
past('decisions', 'settlesConflictIds', () =>
  Array.from({ length: LIMITS.decision.settlesConflictIds + 1 }, () => ids.point),
);
past('decisions', 'number', () => LIMITS.decision.number.min - 1);
past('meeting', 'durationMinutes', () => LIMITS.meeting.durationMinutes.min - 1);
past('agendaItems', 'timeboxMinutes', () => LIMITS.agendaItem.timeboxMinutes.min - 1);

describe('a meeting with every field at its limit', () => {
  it('comes back identical from export → import, whatever its texts hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), (seed) => {
        const records = meetingAtLimits(seed);
        expect(recordsOf(exportMeetingJson(records, '2026-12-02T08:00:00.000Z'))).toEqual(records);
      }),
      { numRuns: 15 },
    );
    // 15 files of about 0.5 MB each: seconds on a busy machine, so a limit sized for that work.
  }, 60_000);

  it.each(PAST_LIMIT)('is refused by the import with $place one past its limit', ({ place, edit }) => {
    const file = meetingAtLimits('x');
    edit(file);
    const parsed = parseExchange(exportMeetingJson(file, '2026-12-02T08:00:00.000Z'));
    expect(parsed.ok ? 'accepted' : parsed.errors.map((error) => error.path)).toEqual([place]);
  });
});

const x = (length: number) => textOf('x', length);
const agendaDraft: AgendaItemDraft = {
  title: 'Budget',
  description: '',
  kind: 'discussion',
  timeboxMinutes: 10,
  presenterIds: [],
};
const conflictDraft: ConflictDraft = {
  statement: 'Leads are cold',
  level: 'content',
  category: '',
  departmentId: '',
  personId: '',
  positionMarketing: '',
  positionSales: '',
  agendaItemId: '',
  private: false,
};
const decisionDraft: DecisionDraft = { ...emptyDraft(undefined), statement: 'Split 60/40' };
const departments: Department[] = [{ id: 'marketing', name: 'Marketing', builtIn: true }];
const many = (count: number) => Array.from({ length: count }, (_, index) => `id-${index}`);
const tags = (count: number) => many(count).join(', ');
const people = (count: number) => many(count).map((personId) => ({ kind: 'person' as const, personId }));

/** What a check said: the codes it refused with, or `ok`. */
function said(outcome: { ok: true } | { ok: false; errors?: { code: string }[]; error?: string }): string {
  if (outcome.ok) return 'ok';
  return outcome.errors?.map((error) => error.code).join() ?? outcome.error ?? '';
}

interface Case {
  field: string;
  limit: number;
  check: (size: number) => { ok: true } | { ok: false; errors?: { code: string }[]; error?: string };
  code: string;
  message: MessageKey;
  /** The message names the limit (all but the email's, which shows an example instead). */
  named?: false;
}

const CASES: Case[] = [
  {
    field: 'meeting title',
    limit: LIMITS.meeting.title,
    check: (n) => okOf(checkDetailChange({ field: 'title', value: x(n) }, 0)),
    code: 'title-too-long',
    message: 'error.title-too-long',
  },
  {
    field: 'meeting goal',
    limit: LIMITS.meeting.goal,
    check: (n) => okOf(checkDetailChange({ field: 'goal', value: x(n) }, 0)),
    code: 'goal-too-long',
    message: 'error.goal-too-long',
  },
  {
    field: 'meeting location',
    limit: LIMITS.meeting.location,
    check: (n) => okOf(checkDetailChange({ field: 'location', value: x(n) }, 0)),
    code: 'location-too-long',
    message: 'error.location-too-long',
  },
  {
    field: 'meeting duration',
    limit: LIMITS.meeting.durationMinutes.max,
    check: (n) => okOf(checkDetailChange({ field: 'durationMinutes', value: String(n) }, 0)),
    code: 'duration-invalid',
    message: 'error.duration-invalid',
  },
  {
    field: 'ground rule',
    limit: LIMITS.meeting.groundRule,
    check: (n) => checkGroundRule(x(n)),
    code: 'rule-too-long',
    message: 'error.rule-invalid',
  },
  {
    field: 'ground rules',
    limit: LIMITS.meeting.groundRules,
    check: (n) => checkGroundRules(many(n)),
    code: 'rules-too-many',
    message: 'error.rules-too-many',
  },
  {
    field: 'agenda title',
    limit: LIMITS.agendaItem.title,
    check: (n) => checkAgendaItem({ ...agendaDraft, title: x(n) }),
    code: 'title-too-long',
    message: 'error.title-too-long',
  },
  {
    field: 'agenda description',
    limit: LIMITS.agendaItem.description,
    check: (n) => checkAgendaItem({ ...agendaDraft, description: x(n) }),
    code: 'description-too-long',
    message: 'error.description-too-long',
  },
  {
    field: 'agenda timebox',
    limit: LIMITS.agendaItem.timeboxMinutes.max,
    check: (n) => checkAgendaItem({ ...agendaDraft, timeboxMinutes: n }),
    code: 'timebox-invalid',
    message: 'error.timebox-invalid',
  },
  {
    field: 'agenda presenters',
    limit: LIMITS.agendaItem.presenterIds,
    check: (n) => checkAgendaItem({ ...agendaDraft, presenterIds: many(n) }),
    code: 'presenters-too-many',
    message: 'error.presenters-too-many',
  },
  {
    field: 'agenda notes',
    limit: LIMITS.agendaItem.notes,
    check: (n) => checkNotes(x(n)),
    code: 'notes-too-long',
    message: 'run.notesTooLong',
  },
  {
    field: 'conflict statement',
    limit: LIMITS.conflictPoint.statement,
    check: (n) => checkConflictDraft({ ...conflictDraft, statement: x(n) }),
    code: 'statement-too-long',
    message: 'conflicts.error.statement-too-long',
  },
  {
    field: 'conflict position',
    limit: LIMITS.conflictPoint.position,
    check: (n) => checkConflictDraft({ ...conflictDraft, positionSales: x(n) }),
    code: 'position-too-long',
    message: 'conflicts.error.position-too-long',
  },
  {
    field: 'conflict resolution',
    limit: LIMITS.conflictPoint.resolution,
    check: (n) =>
      changeStatus(
        { ...nth(sampleMeeting().conflictPoints), status: 'open' },
        { to: 'resolved', resolution: x(n) },
        '2026-12-01T10:00:00.000Z',
      ),
    code: 'resolution-too-long',
    message: 'conflicts.error.resolution-too-long',
  },
  {
    field: 'decision statement',
    limit: LIMITS.decision.statement,
    check: (n) => checkDecision({ statement: x(n) }),
    code: 'statement-too-long',
    message: 'decisions.error.statement-too-long',
  },
  {
    field: 'decision rationale',
    limit: LIMITS.decision.text,
    check: (n) => checkDecision({ rationale: x(n) }),
    code: 'text-too-long',
    message: 'decisions.error.text-too-long',
  },
  {
    field: 'decision scope tag',
    limit: LIMITS.decision.scopeTag,
    check: (n) => checkDecision({ scope: x(n) }),
    code: 'scope-too-long',
    message: 'decisions.error.scope-too-long',
  },
  {
    field: 'decision scope tags',
    limit: LIMITS.decision.scopeTags,
    check: (n) => checkDecision({ scope: tags(n) }),
    code: 'scope-too-many',
    message: 'decisions.error.scope-too-many',
  },
  {
    field: 'decision parties',
    limit: LIMITS.decision.parties,
    check: (n) => checkDecision({ informed: people(n) }),
    code: 'links-too-many',
    message: 'decisions.error.links-too-many',
  },
  {
    field: 'conflict points a decision settles',
    limit: LIMITS.decision.settlesConflictIds,
    check: (n) => checkDecision({ settlesConflictIds: many(n) }),
    code: 'settles-too-many',
    message: 'decisions.error.settles-too-many',
  },
  {
    field: 'action',
    limit: LIMITS.actionItem.what,
    check: (n) =>
      checkActionDraft({
        what: x(n),
        ownerPersonId: '',
        dueDate: '',
        channel: '',
        decisionId: '',
        agendaItemId: '',
      }),
    code: 'what-too-long',
    message: 'actions.error.what-too-long',
  },
  {
    field: 'knowledge text',
    limit: LIMITS.knowledgeItem.text,
    check: (n) => checkKnowledge({ text: x(n) }),
    code: 'text-too-long',
    message: 'knowledge.error.text-too-long',
  },
  {
    field: 'knowledge topic',
    limit: LIMITS.knowledgeItem.topic,
    check: (n) => checkKnowledge({ topic: x(n) }),
    code: 'topic-too-long',
    message: 'knowledge.error.topic-too-long',
  },
  {
    field: 'knowledge answer',
    limit: LIMITS.knowledgeItem.answer,
    check: (n) => answerQuestion(nth(sampleMeeting().knowledgeItems), x(n), '2026-12-01T10:00:00.000Z'),
    code: 'answer-too-long',
    message: 'knowledge.error.answer-too-long',
  },
  {
    field: 'parking lot point',
    limit: LIMITS.parkingLot.text,
    check: (n) => checkParkingLotDraft({ text: x(n), agendaItemId: '' }),
    code: 'text-too-long',
    message: 'parkingLot.error.text-too-long',
  },
  {
    field: 'definition term',
    limit: LIMITS.definition.term,
    check: (n) => checkDefinitionDraft({ term: x(n), meaning: 'm', agreedInMeetingId: '' }, []),
    code: 'term-too-long',
    message: 'definitions.error.term-too-long',
  },
  {
    field: 'definition meaning',
    limit: LIMITS.definition.meaning,
    check: (n) => checkDefinitionDraft({ term: 't', meaning: x(n), agreedInMeetingId: '' }, []),
    code: 'meaning-too-long',
    message: 'definitions.error.meaning-too-long',
  },
  {
    field: 'person name',
    limit: LIMITS.person.name,
    check: (n) => checkPerson({ name: x(n) }),
    code: 'name-too-long',
    message: 'people.error.name-too-long',
  },
  {
    field: 'person org unit',
    limit: LIMITS.person.orgUnit,
    check: (n) => checkPerson({ orgUnit: x(n) }),
    code: 'org-unit-too-long',
    message: 'people.error.org-unit-too-long',
  },
  {
    field: 'person email',
    limit: LIMITS.person.email,
    check: (n) => checkPerson({ email: `${x(n - '@example.com'.length)}@example.com` }),
    code: 'email-invalid',
    message: 'people.error.email-invalid',
    named: false,
  },
];

function okOf(outcome: { ok: true } | { ok: false; error: string }) {
  return outcome;
}
function checkDecision(patch: Partial<DecisionDraft>) {
  return checkDecisionDraft({ ...decisionDraft, ...patch }, { personIds: new Set() });
}
function checkKnowledge(patch: { text?: string; topic?: string }) {
  return checkKnowledgeDraft({
    kind: 'fact',
    text: 't',
    topic: '',
    departmentId: '',
    agendaItemId: '',
    ...patch,
  });
}
function checkPerson(patch: { name?: string; orgUnit?: string; email?: string }) {
  return checkPersonDraft(
    { name: 'n', departmentId: 'marketing', orgUnit: '', email: '', ...patch },
    departments,
  );
}

describe('one past each limit', () => {
  it.each(CASES)(
    'the $field is accepted at its limit, refused one past it, and the message names it',
    (c) => {
      expect(said(c.check(c.limit))).toBe('ok');
      expect(said(c.check(c.limit + 1))).toBe(c.code);
      for (const language of LANGUAGES) {
        // A message that writes its limit out, rather than as {max}, must write the same number.
        const max = formatNumber(language, c.limit);
        const message = translate(language, c.message, { max });
        expect(message).not.toBe('');
        if (c.named !== false) expect(message).toContain(max);
      }
    },
  );
});

describe('decision numbers', () => {
  it('are assigned up to the highest number a file may hold, and no further', () => {
    const { max } = LIMITS.decision.number;
    expect(nextDecisionNumber([1_000_000])).toBe(1_000_001);
    expect(nextDecisionNumber([max - 1])).toBe(max);
    expect(nextDecisionNumber([max])).toBeUndefined();
  });
});
