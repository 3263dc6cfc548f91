/**
 * A long meeting's summary stays short (issue 16): each of its lists shows its first SUMMARY_LIMIT
 * entries and says how many more the full record holds, in English and German, in every format.
 * A small meeting's summary lists everything and says nothing of more.
 */
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { minutesToHtml } from '../../../renderer/domain/minutes/html';
import { minutesToMarkdown } from '../../../renderer/domain/minutes/markdown';
import type { Block } from '../../../renderer/domain/minutes/model';
import { SUMMARY_LIMIT } from '../../../renderer/domain/minutes/summary-section';
import { germanSnapshot, longSnapshot, minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';

const DECISIONS = 20;

/** The long fixture meeting with DECISIONS more decisions than the small one. */
function longerSnapshot(language: 'en' | 'de') {
  const snapshot = longSnapshot(language);
  const [decision] = snapshot.decisions;
  if (!decision) throw new Error('the fixture has no decisions');
  for (let index = 0; index < DECISIONS; index += 1)
    snapshot.decisions.push({
      ...decision,
      id: `long-dec-${index}`,
      number: 100 + index,
      statement: `Region ${index + 1} follows the handover rule`,
      supersedesId: undefined,
    });
  return snapshot;
}

function summaryOf(snapshot: ReturnType<typeof minutesSnapshot>) {
  const minutes = buildMinutes(snapshot, { now: NOW, timeZone: TIME_ZONE });
  const summary = minutes.sections[0];
  if (summary?.id !== 'summary') throw new Error('the minutes do not open with the summary');
  const paragraphs = summary.blocks.flatMap((block: Block) =>
    block.kind === 'paragraph' ? [block.text] : [],
  );
  return { minutes, blocks: summary.blocks, paragraphs };
}

const cases = [
  {
    language: 'en',
    more: (count: number, section: string) => `… and ${count} more: see “${section}” below.`,
    sections: { decisions: 'Decision register', actions: 'Action items', conflicts: 'Conflict log' },
  },
  {
    language: 'de',
    more: (count: number, section: string) => `… und ${count} weitere, siehe „${section}“ weiter unten.`,
    sections: { decisions: 'Entscheidungsregister', actions: 'Aufgaben', conflicts: 'Konfliktprotokoll' },
  },
] as const;

describe.each(cases)('the summary of a long meeting in $language', ({ language, more, sections }) => {
  const snapshot = longerSnapshot(language);
  const { minutes, blocks, paragraphs } = summaryOf(snapshot);
  const decisionCount = snapshot.decisions.filter((entry) => entry.deletedAt === undefined).length;
  const actionCount = snapshot.actionItems.filter(
    (entry) => entry.deletedAt === undefined && entry.status !== 'dropped',
  ).length;
  const openCount = snapshot.conflictPoints.filter(
    (entry) => entry.deletedAt === undefined && entry.status === 'open' && !entry.private,
  ).length;

  it('shows the first decisions, actions and open points and counts the rest', () => {
    const table = blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((row) => row[0])).toEqual(
      ['D-18', 'D-19', 'D-100', 'D-101', 'D-102', 'D-103', 'D-104', 'D-105'].slice(0, SUMMARY_LIMIT),
    );
    const fields = blocks.find((block) => block.kind === 'fields');
    const actionLines =
      fields?.kind === 'fields' ? fields.fields.flatMap((field) => field.value.split('\n')) : [];
    expect(actionLines).toHaveLength(SUMMARY_LIMIT);
    const list = blocks.find((block) => block.kind === 'list');
    expect(list?.kind === 'list' && list.items).toHaveLength(SUMMARY_LIMIT);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        more(decisionCount - SUMMARY_LIMIT, sections.decisions),
        more(actionCount - SUMMARY_LIMIT, sections.actions),
        more(openCount - SUMMARY_LIMIT, sections.conflicts),
      ]),
    );
  });

  it('says so in Markdown and HTML, and the full record still holds every entry', () => {
    const markdown = minutesToMarkdown(minutes);
    const html = minutesToHtml(minutes);
    const line = more(decisionCount - SUMMARY_LIMIT, sections.decisions);
    expect(markdown).toContain(line);
    expect(html).toContain(line);
    const record = markdown.slice(markdown.indexOf(line));
    for (let index = 0; index < DECISIONS; index += 1) expect(record).toContain(`D-${100 + index}`);
  });
});

describe('the summary of a small meeting', () => {
  it('lists every entry and says nothing of more, in English and German', () => {
    for (const snapshot of [minutesSnapshot(), germanSnapshot()]) {
      const { blocks, paragraphs } = summaryOf(snapshot);
      const table = blocks.find((block) => block.kind === 'table');
      expect(table?.kind === 'table' && table.rows).toHaveLength(2);
      expect(paragraphs.join('\n')).not.toMatch(/… and|… und/);
    }
  });
});
