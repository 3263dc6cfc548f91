/** The rules of quick votes: drafts, counting, closing, attaching, results and the consent verdict. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPARTMENTS } from '../../../renderer/domain/departments';
import { projectedVote } from '../../../renderer/domain/projection';
import type { Vote } from '../../../renderer/domain/types';
import { voteSummary } from '../../../renderer/domain/vote-summary';
import {
  adjustVoteCount,
  attachVote,
  checkVoteDraft,
  closeVote,
  consentOf,
  leadingOptions,
  newVote,
  optionsFromAlternatives,
  presentDepartments,
  runningVote,
  setVoteCount,
  voteDepartments,
  voteResults,
} from '../../../renderer/domain/votes';

const NOW = '2026-12-05T10:00:00.000Z';
const LATER = '2026-12-05T10:05:00.000Z';
const draft = {
  question: ' Which channel first? ',
  kind: 'options' as const,
  options: ['Partners', '', 'Direct'],
  agendaItemId: '',
};

function vote(overrides: Partial<Vote> = {}): Vote {
  const checked = checkVoteDraft(draft);
  if (!checked.ok) throw new Error('fixture draft refused');
  return { ...newVote('m-1', checked.value, { now: NOW, newId: () => 'v-1' }), ...overrides };
}

describe('checking a draft', () => {
  it('accepts a question with options, trimmed and without empty lines', () => {
    expect(checkVoteDraft(draft)).toEqual({
      ok: true,
      value: { question: 'Which channel first?', kind: 'options', options: ['Partners', 'Direct'] },
    });
  });

  it.each([
    [{ question: '  ' }, 'question-empty'],
    [{ question: 'x'.repeat(501) }, 'question-too-long'],
    [{ options: ['Only one'] }, 'options-too-few'],
    [{ options: Array.from({ length: 13 }, (_, i) => `Option ${i}`) }, 'options-too-many'],
    [{ options: ['A', 'x'.repeat(201)] }, 'option-too-long'],
    [{ options: ['Direct', 'direct'] }, 'option-twice'],
  ])('refuses %j with %s', (change, code) => {
    const checked = checkVoteDraft({ ...draft, ...change });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.map((error) => error.code)).toContain(code);
  });

  it('needs no options for a fist-of-five and keeps none', () => {
    const checked = checkVoteDraft({ ...draft, kind: 'fist-of-five', options: ['ignored'] });
    expect(checked.ok && checked.value.options).toEqual([]);
  });

  it('takes a decision’s alternatives as options, one per line or per semicolon', () => {
    expect(optionsFromAlternatives('- Partners first\n2) Direct first; Both at once\n\n')).toEqual([
      'Partners first',
      'Direct first',
      'Both at once',
    ]);
  });
});

describe('counting hands', () => {
  it('sets, raises and lowers one count per option and department', () => {
    const set = setVoteCount(vote(), 1, 'sales', 4, LATER);
    if (!set.ok) throw new Error('refused');
    const up = adjustVoteCount(set.value, 1, 'sales', 1, LATER);
    expect(up.ok && up.value.counts).toEqual([{ option: 1, departmentId: 'sales', count: 5 }]);
    expect(up.ok && up.value.updatedAt).toBe(LATER);
  });

  it('refuses a count below zero, above the limit or not whole, and an unknown option', () => {
    expect(adjustVoteCount(vote(), 0, 'sales', -1, LATER)).toEqual({ ok: false, refusal: 'bad-count' });
    expect(setVoteCount(vote(), 0, 'sales', 10_001, LATER)).toEqual({ ok: false, refusal: 'bad-count' });
    expect(setVoteCount(vote(), 0, 'sales', 1.5, LATER)).toEqual({ ok: false, refusal: 'bad-count' });
    expect(setVoteCount(vote(), 2, 'sales', 1, LATER)).toEqual({ ok: false, refusal: 'unknown-option' });
  });

  it('closes once; a closed vote takes no hands and can be attached, a running one cannot', () => {
    const closed = closeVote(vote(), LATER);
    if (!closed.ok) throw new Error('refused');
    expect(closed.value.closedAt).toBe(LATER);
    expect(closeVote(closed.value, LATER)).toEqual({ ok: false, refusal: 'closed' });
    expect(setVoteCount(closed.value, 0, 'sales', 1, LATER)).toEqual({ ok: false, refusal: 'closed' });
    expect(attachVote(vote(), 'd-1', LATER)).toEqual({ ok: false, refusal: 'running' });
    const attached = attachVote(closed.value, 'd-1', LATER);
    expect(attached.ok && attached.value.decisionId).toBe('d-1');
    const detached = attached.ok ? attachVote(attached.value, undefined, LATER) : attached;
    expect(detached.ok && 'decisionId' in detached.value).toBe(false);
  });
});

describe('results', () => {
  const counted = vote({
    counts: [
      { option: 0, departmentId: 'marketing', count: 3 },
      { option: 0, departmentId: 'sales', count: 1 },
      { option: 1, departmentId: 'sales', count: 5 },
      { option: 1, departmentId: 'finance', count: 2 },
    ],
  });

  it('lists Marketing and Sales, the other departments present, and any that raised hands', () => {
    const present = presentDepartments(
      [
        { personId: 'p-1', present: true },
        { personId: 'p-2', present: false },
      ],
      [
        { id: 'p-1', departmentId: 'product' },
        { id: 'p-2', departmentId: 'management' },
      ],
    );
    expect(voteDepartments(DEFAULT_DEPARTMENTS, present, counted)).toEqual([
      'marketing',
      'sales',
      'product',
      'finance',
    ]);
  });

  it('totals per option and per department', () => {
    const results = voteResults(counted, ['marketing', 'sales', 'finance']);
    expect(results.rows.map((row) => [row.label, ...row.counts, row.total])).toEqual([
      ['Partners', 3, 1, 0, 4],
      ['Direct', 0, 5, 2, 7],
    ]);
    expect(results.departmentTotals).toEqual([3, 6, 2]);
    expect(results.total).toBe(11);
    expect(leadingOptions(counted)).toEqual([1]);
    expect(voteSummary(counted, 'en')).toBe('Most hands: Direct');
    expect(voteSummary(vote(), 'de')).toBe('Keine Handzeichen gezählt');
  });

  it('names a tie', () => {
    const tie = vote({
      counts: [
        { option: 0, departmentId: 'sales', count: 2 },
        { option: 1, departmentId: 'marketing', count: 2 },
      ],
    });
    expect(voteSummary(tie, 'en')).toBe('Tie: Partners / Direct');
  });
});

describe('fist of five', () => {
  const fist = (counts: [number, number][]) =>
    vote({
      kind: 'fist-of-five',
      options: [],
      counts: counts.map(([option, count]) => ({ option, departmentId: 'sales', count })),
    });

  it('sees an objection in any 0 or 1, reservations in a 2, consent otherwise, with the average', () => {
    expect(consentOf(fist([]))).toEqual({ verdict: 'none', objections: 0, total: 0 });
    expect(
      consentOf(
        fist([
          [1, 1],
          [5, 3],
        ]),
      ),
    ).toEqual({ verdict: 'objection', objections: 1, total: 4, average: 4 });
    expect(
      consentOf(
        fist([
          [2, 1],
          [4, 2],
        ]),
      ).verdict,
    ).toBe('reservations');
    expect(
      consentOf(
        fist([
          [3, 1],
          [4, 2],
        ]),
      ),
    ).toEqual({ verdict: 'consent', objections: 0, total: 3, average: 3.7 });
    expect(
      voteSummary(
        fist([
          [0, 1],
          [4, 1],
        ]),
        'de',
      ),
    ).toBe('Einwand zu klären: 1 von 2 zeigten 0–1 Finger (Durchschnitt 2)');
    expect(
      voteSummary(
        fist([
          [3, 1],
          [4, 2],
        ]),
        'en',
      ),
    ).toBe('Consent: 3 hands, average 3.7');
  });

  it('has six rows, 0 to 5 fingers', () => {
    expect(voteResults(fist([]), ['sales']).rows.map((row) => row.label)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });
});

describe('the wall', () => {
  it('shows the running vote only, with its consent for a fist-of-five', () => {
    const closed = vote({ id: 'v-0', closedAt: LATER });
    const running = vote({ id: 'v-2', kind: 'fist-of-five', options: [], openedAt: LATER });
    expect(runningVote([closed])).toBeUndefined();
    expect(projectedVote([closed], () => ['sales'])).toBeUndefined();
    expect(projectedVote([vote({ deletedAt: LATER })], () => ['sales'])).toBeUndefined();
    const projected = projectedVote([closed, running], () => ['marketing', 'sales']);
    expect(projected?.id).toBe('v-2');
    expect(projected?.consent?.verdict).toBe('none');
    expect(projected?.results.departmentIds).toEqual(['marketing', 'sales']);
  });
});
