import { describe, expect, it } from 'vitest';
import {
  actionGaps,
  actionsOpenFirst,
  checkActionDraft,
  MAX_ACTION_LENGTH,
  newActionItem,
  suggestsTalking,
  withActionStatus,
  type ActionDraft,
} from '../../../renderer/domain/actions';
import type { ActionItem } from '../../../renderer/domain/types';

const NOW = '2026-11-27T09:00:00.000Z';
const LATER = '2026-11-27T09:05:00.000Z';
const draft: ActionDraft = {
  what: '  Draft the   lead score ',
  ownerPersonId: 'p1',
  dueDate: '2026-12-15',
  channel: 'in-person',
  decisionId: '',
  agendaItemId: 'a1',
};

function item(overrides: Partial<ActionDraft> = {}, id = 'x1', now = NOW): ActionItem {
  const checked = checkActionDraft({ ...draft, ...overrides });
  if (!checked.ok) throw new Error('fixture draft must be valid');
  return newActionItem('m1', checked.value, { now, newId: () => id });
}

describe('checking an action item', () => {
  it('cleans the text and leaves out what was not given', () => {
    expect(checkActionDraft({ ...draft, ownerPersonId: '', dueDate: '', channel: '' })).toEqual({
      ok: true,
      value: { what: 'Draft the lead score', agendaItemId: 'a1' },
    });
  });

  it('requires what, at most 500 characters', () => {
    expect(checkActionDraft({ ...draft, what: '   ' })).toEqual({
      ok: false,
      errors: [{ field: 'what', code: 'what-empty' }],
    });
    expect(checkActionDraft({ ...draft, what: 'x'.repeat(MAX_ACTION_LENGTH) }).ok).toBe(true);
    expect(checkActionDraft({ ...draft, what: 'x'.repeat(MAX_ACTION_LENGTH + 1) })).toEqual({
      ok: false,
      errors: [{ field: 'what', code: 'what-too-long' }],
    });
  });

  it('refuses a due date that is not a real date, reporting every problem at once', () => {
    expect(checkActionDraft({ ...draft, what: '', dueDate: '2026-02-30' })).toEqual({
      ok: false,
      errors: [
        { field: 'what', code: 'what-empty' },
        { field: 'dueDate', code: 'due-date-invalid' },
      ],
    });
  });
});

describe('the nudge toward talking', () => {
  it.each([
    ['Inform the regions about the new price list', ''],
    ['informieren: Vertrieb Iberia', ''],
    ['Send the deck to Sales', ''],
    ['Schicken Sie die Zahlen an Marketing', ''],
    ['Agree the lead score', 'email'],
    ['Agree the lead score', 'document'],
  ] as const)('asks for "%s" via "%s"', (what, channel) => {
    expect(suggestsTalking({ what, channel })).toBe(true);
  });

  it.each([
    ['Agree the lead score with Sales', ''],
    ['Inform the regions', 'in-person'],
    ['Send the figures', 'call'],
    ['', ''],
  ] as const)('stays quiet for "%s" via "%s"', (what, channel) => {
    expect(suggestsTalking({ what, channel })).toBe(false);
  });
});

describe('action items', () => {
  it('start open, with the given fields', () => {
    expect(item()).toEqual({
      id: 'x1',
      createdAt: NOW,
      updatedAt: NOW,
      meetingId: 'm1',
      status: 'open',
      what: 'Draft the lead score',
      ownerPersonId: 'p1',
      dueDate: '2026-12-15',
      channel: 'in-person',
      agendaItemId: 'a1',
    });
  });

  it('change status and keep the same record when nothing changes', () => {
    const open = item();
    expect(withActionStatus(open, 'done', LATER)).toEqual({ ...open, status: 'done', updatedAt: LATER });
    expect(withActionStatus(open, 'open', LATER)).toBe(open);
  });

  it('flag open items without an owner or a due date', () => {
    expect(actionGaps(item({ ownerPersonId: '', dueDate: '' }))).toEqual(['owner', 'dueDate']);
    expect(actionGaps(item({ dueDate: '' }))).toEqual(['dueDate']);
    expect(actionGaps(item())).toEqual([]);
    expect(actionGaps(withActionStatus(item({ ownerPersonId: '' }), 'dropped', LATER))).toEqual([]);
  });

  it('list open ones first, oldest first within a status, deleted ones left out', () => {
    const done = withActionStatus(item({}, 'a', NOW), 'done', LATER);
    const dropped = withActionStatus(item({}, 'b', NOW), 'dropped', LATER);
    const open = item({}, 'c', LATER);
    const olderOpen = item({}, 'd', NOW);
    const gone = { ...item({}, 'e', NOW), deletedAt: LATER };
    expect(actionsOpenFirst([dropped, done, open, gone, olderOpen]).map((entry) => entry.id)).toEqual([
      'd',
      'c',
      'a',
      'b',
    ]);
  });
});
