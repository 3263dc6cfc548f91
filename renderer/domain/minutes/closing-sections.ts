/**
 * The closing sections of the minutes: knowledge (facts and open questions), the parking lot,
 * the agreed definitions, the next meeting and the collaboration check.
 */
import { trendBlocks } from './trend-chart';
import { collaborationIndicators, INDICATOR_KEYS, type Indicator } from './indicators';
import { columns, live, type BuildContext } from './context';
import type { Block, Section } from './model';

const none = (ctx: BuildContext): Block => ({ kind: 'paragraph', text: ctx.w('none') });

export function knowledgeSection(ctx: BuildContext): Section {
  const items = live(ctx.snapshot.knowledgeItems).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const dash = ctx.w('dash');
  const facts = items.filter((item) => item.kind === 'fact');
  const questions = items.filter((item) => item.kind === 'question');
  const broughtBy = (id: string | undefined) => (id === undefined ? dash : ctx.n.department(id));
  const blocks: Block[] = [{ kind: 'subheading', text: ctx.w('knowledge.facts') }];
  blocks.push(
    facts.length === 0
      ? none(ctx)
      : {
          kind: 'table',
          header: columns(ctx, ['col.fact', 'col.topic', 'col.broughtBy']),
          rows: facts.map((fact) => [fact.text, fact.topic || dash, broughtBy(fact.broughtByDepartmentId)]),
        },
  );
  blocks.push({ kind: 'subheading', text: ctx.w('knowledge.questions') });
  blocks.push(
    questions.length === 0
      ? none(ctx)
      : {
          kind: 'table',
          header: columns(ctx, ['col.question', 'col.topic', 'col.broughtBy', 'col.answer', 'col.status']),
          rows: questions.map((question) => [
            question.text,
            question.topic || dash,
            broughtBy(question.broughtByDepartmentId),
            question.answer.trim() || dash,
            ctx.w(`knowledgeStatus.${question.status}`),
          ]),
        },
  );
  return { id: 'knowledge', heading: ctx.w('section.knowledge'), major: false, blocks };
}

export function parkingLotSection(ctx: BuildContext): Section {
  const points = live(ctx.snapshot.parkingLot).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    id: 'parking-lot',
    heading: ctx.w('section.parkingLot'),
    major: false,
    blocks:
      points.length === 0
        ? [none(ctx)]
        : [
            {
              kind: 'list',
              items: points.map((point) => `${point.text} (${ctx.w(`parkingStatus.${point.status}`)})`),
            },
          ],
  };
}

/** The agreed definitions attached to the meeting; left out of the minutes when there are none. */
export function definitionsSection(ctx: BuildContext): Section | undefined {
  const definitions = live(ctx.snapshot.definitions);
  if (definitions.length === 0) return undefined;
  return {
    id: 'definitions',
    heading: ctx.w('section.definitions'),
    major: false,
    blocks: [
      {
        kind: 'fields',
        fields: definitions.map((definition) => ({ label: definition.term, value: definition.meaning })),
      },
    ],
  };
}

/** The next meeting of the series as fields, or a sentence that none is planned. */
export function nextMeetingBlocks(ctx: BuildContext): Block[] {
  const next = ctx.snapshot.nextMeeting;
  return next === undefined || next.deletedAt !== undefined
    ? [{ kind: 'paragraph', text: ctx.w('next.none') }]
    : [
        {
          kind: 'fields',
          fields: [
            { label: ctx.w('field.title'), value: next.title },
            {
              label: ctx.w('field.date'),
              value: ctx.w('next.when', { date: ctx.f.date(next.date), time: next.startTime }),
            },
            { label: ctx.w('field.location'), value: next.location || ctx.w('dash') },
          ],
        },
      ];
}

export function nextMeetingSection(ctx: BuildContext): Section {
  return {
    id: 'next-meeting',
    heading: ctx.w('section.nextMeeting'),
    major: false,
    blocks: nextMeetingBlocks(ctx),
  };
}

function indicatorValue(ctx: BuildContext, indicator: Indicator): string {
  const { value } = indicator;
  switch (value.kind) {
    case 'ratio':
      return ctx.f.ratio(value.part, value.whole);
    case 'pair':
      return ctx.w('count.pair', { first: ctx.f.number(value.first), second: ctx.f.number(value.second) });
    case 'count':
      return ctx.w('count.plain', { count: ctx.f.number(value.count) });
  }
}

export function collaborationSection(ctx: BuildContext): Section {
  const rows = collaborationIndicators(ctx.snapshot, ctx.now).map((indicator) => [
    ctx.w(`factor.${indicator.factor}`),
    ctx.w(`indicator.${indicator.key}`),
    indicatorValue(ctx, indicator),
  ]);
  return {
    id: 'collaboration',
    heading: ctx.w('section.collaboration'),
    major: true,
    blocks: [
      { kind: 'table', header: columns(ctx, ['col.factor', 'col.indicator', 'col.value']), rows },
      ...trendBlocks(ctx),
      { kind: 'paragraph', text: ctx.w('collaboration.note') },
    ],
  };
}

/**
 * The appendix that defines every indicator of the collaboration check in the minutes' language, so
 * the minutes never send the reader to a file they cannot open.
 */
export function indicatorDefinitionsSection(ctx: BuildContext): Section {
  return {
    id: 'indicator-definitions',
    heading: ctx.w('section.indicatorDefinitions'),
    major: false,
    blocks: [
      {
        kind: 'table',
        header: columns(ctx, ['col.indicator', 'col.definition']),
        rows: INDICATOR_KEYS.map((key) => [ctx.w(`indicator.${key}`), ctx.w(`definition.${key}`)]),
      },
      { kind: 'paragraph', text: ctx.w('indicatorDefinitions.rules') },
    ],
  };
}
