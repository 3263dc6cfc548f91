import { describe, expect, it } from 'vitest';
import { compareInstants, isCalendarDate, isTimeOfDay, localDateOf } from '../../../renderer/domain/calendar';

describe('calendar dates', () => {
  it.each(['2026-11-27', '2024-02-29', '2026-12-31', '2000-02-29'])('accepts the real date %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '1900-02-29',
    '26-11-27',
    '2026-1-5',
    '',
    '2026-11-27T00:00',
    'tomorrow',
  ])('refuses %j, which is not a calendar date', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it('gives the local date of an instant', () => {
    expect(localDateOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('times of day', () => {
  it.each(['00:00', '09:30', '23:59'])('accepts %s', (value) => {
    expect(isTimeOfDay(value)).toBe(true);
  });

  it.each(['24:00', '9:30', '09:60', '', '09:30:00', 'noon'])('refuses %j', (value) => {
    expect(isTimeOfDay(value)).toBe(false);
  });
});

describe('compareInstants', () => {
  it('orders stored instants in time, as localeCompare did, across a day, a month and a year', () => {
    const instants = [
      '2027-01-01T00:00:00.000Z',
      '2026-11-27T09:00:00.000Z',
      '2026-11-27T10:00:00.000Z',
      '2026-12-01T08:59:59.999Z',
      '2026-11-27T09:00:00.001Z',
    ];
    const expected = [...instants].sort((a, b) => a.localeCompare(b));
    expect([...instants].sort(compareInstants)).toEqual(expected);
    expect(expected[0]).toBe('2026-11-27T09:00:00.000Z');
    expect(compareInstants('2026-11-27T09:00:00.000Z', '2026-11-27T09:00:00.000Z')).toBe(0);
  });
});
