import { describe, expect, it } from 'vitest';
import { checkDetailChange } from '../../../renderer/domain/meeting-details';

describe('changing a meeting detail', () => {
  it('saves a valid change as a patch', () => {
    expect(checkDetailChange({ field: 'durationMinutes', value: '150' }, 120)).toEqual({
      ok: true,
      patch: { durationMinutes: 150 },
    });
    expect(checkDetailChange({ field: 'title', value: '  Q2  plan ' }, 0)).toEqual({
      ok: true,
      patch: { title: 'Q2 plan' },
    });
  });

  it('refuses a duration shorter than the agenda', () => {
    expect(checkDetailChange({ field: 'durationMinutes', value: '90' }, 120)).toEqual({
      ok: false,
      error: 'duration-shorter-than-agenda',
    });
  });

  it.each(['0', '4', '1441', 'two hours', '', '90.5'])('refuses the duration %j', (value) => {
    expect(checkDetailChange({ field: 'durationMinutes', value }, 0)).toEqual({
      ok: false,
      error: 'duration-invalid',
    });
  });

  it('refuses dates that do not exist, bad times and empty titles', () => {
    expect(checkDetailChange({ field: 'date', value: '2026-02-29' }, 0)).toEqual({
      ok: false,
      error: 'date-invalid',
    });
    expect(checkDetailChange({ field: 'startTime', value: '25:00' }, 0)).toEqual({
      ok: false,
      error: 'time-invalid',
    });
    expect(checkDetailChange({ field: 'title', value: ' ' }, 0)).toEqual({ ok: false, error: 'title-empty' });
  });
});
