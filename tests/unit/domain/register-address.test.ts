import { describe, expect, it } from 'vitest';
import {
  registerFilterOf,
  registerQueryOf,
  savedViewsOf,
  viewNameError,
} from '../../../renderer/domain/register-address';
import { NO_FILTER } from '../../../renderer/domain/register-filter';

describe('the register filters in the address', () => {
  it('writes only what narrows the tab, and reads it back', () => {
    const filter = {
      ...NO_FILTER,
      orgUnit: 'Sales Iberia',
      actionStatus: 'overdue' as const,
      decisionStatus: 'decided' as const,
    };
    expect(registerQueryOf(filter, 'actions')).toBe('unit=Sales+Iberia&status=overdue');
    expect(registerQueryOf(filter, 'decisions')).toBe('unit=Sales+Iberia&status=decided');
    expect(registerFilterOf('unit=Sales+Iberia&status=overdue', 'actions')).toEqual({
      ...NO_FILTER,
      orgUnit: 'Sales Iberia',
      actionStatus: 'overdue',
    });
    expect(registerQueryOf(NO_FILTER, 'decisions')).toBe('');
  });

  it('round-trips scope, dates and search', () => {
    const filter = {
      ...NO_FILTER,
      scope: { kind: 'tag' as const, tag: 'Iberia & Co' },
      dateField: 'due' as const,
      from: '2026-01-01',
      to: '2026-12-31',
      query: 'brief ä?',
    };
    expect(registerFilterOf(registerQueryOf(filter, 'actions'), 'actions')).toEqual(filter);
  });

  it('ignores values that cannot be', () => {
    const read = registerFilterOf('status=bogus&from=2026-02-31&to=soon&date=x&scope=tag:&zzz=1', 'actions');
    expect(read).toEqual(NO_FILTER);
    expect(registerFilterOf('status=overdue', 'decisions')).toEqual(NO_FILTER);
    expect(registerFilterOf(`q=${'x'.repeat(500)}`, 'decisions').query).toBe('');
  });
});

describe('saved view names', () => {
  const views = [{ id: 'a', name: 'Overdue · Sales Iberia', tab: 'actions' as const, query: '' }];
  it('refuses empty, too long and taken names (ignoring case), but a view may keep its own', () => {
    expect(viewNameError('  ', views)).toBe('view-name-empty');
    expect(viewNameError('x'.repeat(61), views)).toBe('view-name-too-long');
    expect(viewNameError('overdue · sales iberia', views)).toBe('view-name-taken');
    expect(viewNameError('Overdue · Sales Iberia', views, 'a')).toBeNull();
  });
  it('drops malformed stored views', () => {
    expect(savedViewsOf([...views, { id: 1 }, null, 'x'])).toEqual(views);
    expect(savedViewsOf('nope')).toEqual([]);
  });
});
