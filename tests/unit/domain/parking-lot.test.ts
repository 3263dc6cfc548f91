import { describe, expect, it } from 'vitest';
import {
  checkParkingLotDraft,
  closeParkingLotPoint,
  MAX_PARKING_LOT_LENGTH,
  newParkingLotPoint,
  parkingLotOpenFirst,
  reopenParkingLotPoint,
} from '../../../renderer/domain/parking-lot';

const NOW = '2026-11-27T09:00:00.000Z';
const LATER = '2026-11-27T09:05:00.000Z';

function point(text: string, id: string, now = NOW) {
  const checked = checkParkingLotDraft({ text, agendaItemId: 'a1' });
  if (!checked.ok) throw new Error('fixture must be valid');
  return newParkingLotPoint('m1', checked.value, { now, newId: () => id });
}

describe('the parking lot', () => {
  it('requires a point of at most 500 characters, cleaned to one line', () => {
    expect(checkParkingLotDraft({ text: '  Pricing \n Portugal ', agendaItemId: '' })).toEqual({
      ok: true,
      value: { text: 'Pricing Portugal' },
    });
    expect(checkParkingLotDraft({ text: ' ', agendaItemId: '' })).toEqual({
      ok: false,
      errors: [{ field: 'text', code: 'text-empty' }],
    });
    expect(checkParkingLotDraft({ text: 'x'.repeat(MAX_PARKING_LOT_LENGTH + 1), agendaItemId: '' }).ok).toBe(
      false,
    );
  });

  it('parks a point as open, with the agenda item it came up in', () => {
    expect(point('Pricing Portugal', 'p1')).toEqual({
      id: 'p1',
      createdAt: NOW,
      updatedAt: NOW,
      meetingId: 'm1',
      text: 'Pricing Portugal',
      agendaItemId: 'a1',
      status: 'open',
    });
  });

  it('closes and reopens a point', () => {
    const open = point('Pricing Portugal', 'p1');
    const closed = closeParkingLotPoint(open, LATER);
    expect(closed).toEqual({ ...open, status: 'closed', updatedAt: LATER });
    expect(closeParkingLotPoint(closed, LATER)).toBe(closed);
    expect(reopenParkingLotPoint(closed, LATER)).toEqual({ ...open, updatedAt: LATER });
  });

  it('lists open points first, oldest first, deleted ones left out', () => {
    const closed = closeParkingLotPoint(point('a', 'a', NOW), LATER);
    const open = point('b', 'b', LATER);
    const older = point('c', 'c', NOW);
    const gone = { ...point('d', 'd'), deletedAt: LATER };
    expect(parkingLotOpenFirst([closed, open, gone, older]).map((entry) => entry.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });
});
