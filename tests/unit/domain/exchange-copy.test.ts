import { describe, expect, it } from 'vitest';
import { fitDecisionNumbers, withFreshIds } from '../../../renderer/domain/exchange/copy';
import { DECISION_NUMBERS } from '../../../renderer/domain/limits';
import { exchangeFileName } from '../../../renderer/domain/exchange/file-name';
import { checkReferences } from '../../../renderer/domain/exchange/references';
import { ids, nth, sampleMeeting } from './exchange-fixture';

function counter() {
  let n = 0;
  return () => `fresh-${++n}`;
}

describe('importing a meeting as a copy', () => {
  it('gives the meeting and its records fresh ids and keeps every link between them', () => {
    const copy = withFreshIds(sampleMeeting(), counter());
    expect(copy.meeting.id).toBe('fresh-1');
    expect(copy.attendance.every((row) => row.meetingId === 'fresh-1' && row.id.startsWith('fresh-'))).toBe(
      true,
    );
    const decision = nth(copy.decisions);
    expect(decision.agendaItemId).toBe(nth(copy.agendaItems).id);
    expect(decision.settlesConflictIds).toEqual([nth(copy.conflictPoints).id]);
    expect(nth(copy.conflictPoints).decisionId).toBe(decision.id);
    expect(nth(copy.actionItems).decisionId).toBe(decision.id);
    expect(checkReferences(copy)).toEqual([]);
  });

  it('keeps the ids of people and definitions, which the whole workspace shares', () => {
    const copy = withFreshIds(sampleMeeting(), counter());
    expect(copy.people.map((person) => person.id)).toEqual([ids.anna, ids.ben]);
    expect(copy.meeting.definitionIds).toEqual([ids.definition]);
    expect(copy.attendance.map((row) => row.personId)).toEqual([ids.anna, ids.ben]);
  });

  it('leaves links to records outside the file as they are', () => {
    const records = sampleMeeting();
    nth(records.actionItems).carriedFromId = 'earlier-action';
    nth(records.decisions).supersedesId = 'older-decision';
    const copy = withFreshIds(records, counter());
    expect(nth(copy.actionItems).carriedFromId).toBe('earlier-action');
    expect(nth(copy.decisions).supersedesId).toBe('older-decision');
    expect('activeAgendaItemId' in copy.meeting).toBe(false);
  });
});

describe('fitting decision numbers into the register', () => {
  const decisions = () => {
    const first = nth(sampleMeeting().decisions);
    return [
      { ...first, id: 'a', number: 3 },
      { ...first, id: 'b', number: 4 },
    ];
  };

  it('keeps numbers that are free here', () => {
    const fitted = fitDecisionNumbers(decisions(), new Set([1, 2]));
    expect(fitted.decisions.map((d) => d.number)).toEqual([3, 4]);
    expect(fitted.renumbered).toEqual([]);
  });

  it('gives a taken number the next one after the highest in use, and says so', () => {
    const fitted = fitDecisionNumbers(decisions(), new Set([1, 2, 3, 7]));
    expect(fitted.decisions.map((d) => [d.id, d.number])).toEqual([
      ['a', 8],
      ['b', 4],
    ]);
    expect(fitted.renumbered).toEqual([{ decisionId: 'a', from: 3, to: 8 }]);
  });

  it('never gives a number past the top of the range: at the top it gives the lowest free one', () => {
    const top = DECISION_NUMBERS.max;
    const fitted = fitDecisionNumbers(decisions(), new Set([1, 2, 3, 4, 6, top]));
    expect(fitted.decisions.map((d) => [d.id, d.number])).toEqual([
      ['a', 5],
      ['b', 7],
    ]);
    expect(fitted.decisions.every((d) => d.number <= top)).toBe(true);
  });
});

describe('the name of an exported meeting file', () => {
  it('is the title and date, with characters no file system takes replaced', () => {
    expect(exchangeFileName('Q1 joint strategy', '2026-12-01')).toBe(
      'Q1 joint strategy-2026-12-01.tandem.json',
    );
    expect(exchangeFileName('Sales/Marketing: Q1?', '2026-12-01')).toBe(
      'Sales-Marketing- Q1-2026-12-01.tandem.json',
    );
    expect(exchangeFileName('../..', '2026-12-01')).toBe('meeting-2026-12-01.tandem.json');
  });
});
