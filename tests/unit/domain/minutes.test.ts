import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { collaborationIndicators } from '../../../renderer/domain/minutes/indicators';
import type { Block, Minutes, SectionId } from '../../../renderer/domain/minutes/model';
import { edit, germanSnapshot, minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';

const build = (snapshot = minutesSnapshot(), options: Partial<Parameters<typeof buildMinutes>[1]> = {}) =>
  buildMinutes(snapshot, { now: NOW, timeZone: TIME_ZONE, ...options });

const section = (minutes: Minutes, id: SectionId) => {
  const found = minutes.sections.find((entry) => entry.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const tables = (minutes: Minutes, id: SectionId) =>
  section(minutes, id).blocks.filter(
    (block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table',
  );
const allText = (minutes: Minutes) => JSON.stringify(minutes);

describe('buildMinutes', () => {
  it('follows the meeting’s language unless asked for another', () => {
    expect(build().language).toBe('en');
    expect(section(build(), 'conflicts').heading).toBe('Conflict log');
    const german = build(germanSnapshot());
    expect(german.language).toBe('de');
    expect(german.title).toBe('Protokoll: Quartalsstrategie Q1');
    expect(section(german, 'conflicts').heading).toBe('Konfliktprotokoll');
    expect(section(german, 'header').blocks[0]).toMatchObject({
      fields: expect.arrayContaining([{ label: 'Datum', value: '27.11.2026' }]),
    });
    expect(build(germanSnapshot(), { language: 'en' }).title).toBe('Minutes: Quartalsstrategie Q1');
  });

  it('names the facilitator and the minute-taker in the header', () => {
    const [fields] = section(build(), 'header').blocks;
    expect(fields).toMatchObject({
      fields: expect.arrayContaining([
        { label: 'Facilitator', value: 'Lena Vogel' },
        { label: 'Minute-taker', value: 'Jonas Keller' },
        { label: 'Time', value: '09:00–10:30' },
      ]),
    });
  });

  it('groups participants by department with unit and presence', () => {
    const blocks = section(build(), 'participants').blocks;
    expect(
      blocks.filter((b) => b.kind === 'subheading').map((b) => b.kind === 'subheading' && b.text),
    ).toEqual(['Marketing', 'Sales', 'Management']);
    expect(blocks[5]).toMatchObject({ rows: [['Mia Schulz', 'Executive Board', 'Guest', 'absent']] });
  });

  it('shows planned, extended and actual times, and notes only when asked', () => {
    const [agenda] = tables(build(), 'agenda');
    expect(agenda?.rows[1]).toEqual([
      '2',
      'Q1 campaign focus',
      'Discussion',
      'Lena Vogel, Jonas Keller',
      '09:15–09:45 (30 min)',
      '+5 min',
      '09:14–09:52 (38 min)',
      'done',
    ]);
    expect(allText(build())).toContain('Portugal flat.');
    expect(allText(build(undefined, { includeNotes: false }))).not.toContain('Portugal flat.');
  });

  it('records every field of a decision, with what it supersedes', () => {
    const blocks = section(build(), 'decisions').blocks;
    expect(blocks[2]).toEqual({
      kind: 'subheading',
      text: 'D-19: Qualified leads are handed over within 48 hours',
    });
    expect(blocks[3]).toMatchObject({
      fields: expect.arrayContaining([
        { label: 'Accountable', value: 'Ana Ruiz' },
        { label: 'Responsible', value: 'Jonas Keller' },
        { label: 'Informed', value: 'Management' },
        { label: 'Scope', value: 'Iberia, DACH' },
        { label: 'Stance of Marketing', value: 'agrees with reservations' },
        { label: 'Stance of Sales', value: 'agrees' },
        { label: 'Supersedes', value: 'D-7' },
      ]),
    });
  });

  it('lists action items with who, by when and the channel', () => {
    const [actions] = tables(build(), 'actions');
    expect(actions?.rows[0]).toEqual([
      'Send the handover checklist to all regions',
      'Jonas Keller',
      '1 Dec 2026',
      'email',
      'open',
    ]);
  });
});

describe('the conflict log of the minutes', () => {
  it('counts by level and status per agenda item and in total, private points included', () => {
    const [counts] = tables(build(), 'conflicts');
    expect(counts?.header).toEqual([
      'Item',
      'Content',
      'Relationship',
      'open',
      'reframed',
      'resolved',
      'parked',
      'escalated',
      'Total',
    ]);
    expect(counts?.rows).toEqual([
      ['Q1 campaign focus', '2', '1', '1', '1', '1', '0', '0', '3'],
      ['Lead handover rules', '0', '1', '0', '0', '0', '1', '0', '1'],
      ['Total', '2', '2', '1', '1', '1', '1', '0', '4'],
    ]);
  });

  it('never shows a private point, only counts it', () => {
    for (const anonymousRelationship of [true, false]) {
      const minutes = build(undefined, { anonymousRelationship });
      expect(allText(minutes)).not.toContain('Personal remark about a colleague');
      expect(allText(minutes)).toContain('1 private point is counted above and not shown.');
      expect(tables(minutes, 'conflicts')[1]?.rows).toHaveLength(3);
    }
  });

  it('leaves out who raised a relationship point by default and names them when asked', () => {
    const anonymous = tables(build(), 'conflicts')[1];
    expect(anonymous?.rows[1]?.[5]).toBe('not recorded in the minutes');
    expect(anonymous?.rows[1]?.[7]).toBe('reframed as content issue #3');
    expect(anonymous?.rows[0]?.[5]).toBe('Sales, Jonas Keller');
    const named = tables(build(undefined, { anonymousRelationship: false }), 'conflicts')[1];
    expect(named?.rows[1]?.[5]).toBe('Marketing, Tom Berger');
    expect(JSON.stringify(anonymous)).not.toContain('Tom Berger');
  });

  it('leaves soft-deleted records out', () => {
    const snapshot = minutesSnapshot();
    edit(snapshot.decisions, 0, { deletedAt: NOW });
    expect(allText(build(snapshot))).not.toContain('D-18');
  });
});

describe('the collaboration check', () => {
  it('computes each indicator of the fixture exactly', () => {
    const values = Object.fromEntries(
      collaborationIndicators(minutesSnapshot(), NOW).map((indicator) => [indicator.key, indicator.value]),
    );
    expect(values).toEqual({
      'sales-presenter': { kind: 'ratio', part: 1, whole: 3 },
      'sales-owner': { kind: 'ratio', part: 1, whole: 2 },
      'sales-talk': { kind: 'ratio', part: 10, whole: 20 },
      'both-signed': { kind: 'ratio', part: 2, whole: 2 },
      definitions: { kind: 'count', count: 1 },
      'facts-both-sides': { kind: 'pair', first: 1, second: 1 },
      'content-share': { kind: 'ratio', part: 2, whole: 4 },
      'relationship-handled': { kind: 'ratio', part: 1, whole: 2 },
      'decision-owner-due': { kind: 'ratio', part: 1, whole: 2 },
      'action-owner-due': { kind: 'ratio', part: 2, whole: 3 },
      'talk-channel': { kind: 'ratio', part: 2, whole: 3 },
      'on-time': { kind: 'ratio', part: 2, whole: 3 },
      'questions-answered': { kind: 'ratio', part: 1, whole: 2 },
      'questions-to-actions': { kind: 'ratio', part: 1, whole: 1 },
    });
  });

  it('counts a small hand-made meeting: revoked decisions and dropped actions do not count', () => {
    const snapshot = minutesSnapshot({ speakerTurns: [], knowledgeItems: [], conflictPoints: [] });
    edit(snapshot.decisions, 1, { status: 'revoked' });
    edit(snapshot.actionItems, 2, { status: 'dropped' });
    const values = Object.fromEntries(
      collaborationIndicators(snapshot, NOW).map((indicator) => [indicator.key, indicator.value]),
    );
    expect(values['decision-owner-due']).toEqual({ kind: 'ratio', part: 1, whole: 1 });
    expect(values['action-owner-due']).toEqual({ kind: 'ratio', part: 2, whole: 2 });
    expect(values['sales-talk']).toEqual({ kind: 'ratio', part: 0, whole: 0 });
    expect(values['content-share']).toEqual({ kind: 'ratio', part: 0, whole: 0 });
  });

  it('writes shares in the meeting’s language, and says when there is nothing to count', () => {
    const english = tables(build(minutesSnapshot({ conflictPoints: [] })), 'collaboration')[0];
    expect(english?.rows[0]).toEqual([
      '1 · Sales shapes strategy',
      'Discussion and decision items with a Sales presenter',
      '1 of 3 (33%)',
    ]);
    expect(english?.rows.find((row) => row[1]?.startsWith('Conflict points'))?.[2]).toBe('nothing to count');
    const german = tables(build(germanSnapshot()), 'collaboration')[0];
    expect(german?.rows[0]?.[2]).toBe('1 von 3 (33\u00a0%)');
  });
});
