import { describe, expect, it } from 'vitest';
import {
  isShownOnMirroredScreen,
  mirroredPoint,
  withMirroredScreen,
} from '../../../renderer/domain/projection';
import type { ConflictPoint } from '../../../renderer/domain/types';

const T = '2026-11-27T09:00:00.000Z';
const point = (overrides: Partial<ConflictPoint> = {}): ConflictPoint => ({
  id: 'p1',
  createdAt: T,
  updatedAt: T,
  meetingId: 'm1',
  agendaItemId: 'a1',
  statement: 'Statement',
  level: 'content',
  raisedByDepartmentId: 'sales',
  raisedByPersonId: 'ana',
  positionMarketing: '',
  positionSales: '',
  status: 'open',
  resolution: '',
  private: false,
  ...overrides,
});

describe('the mirrored run screen', () => {
  it('never shows a private point, as the projection', () => {
    expect(isShownOnMirroredScreen(point())).toBe(true);
    expect(isShownOnMirroredScreen(point({ private: true }))).toBe(false);
  });

  it('shows a relationship point without who raised it, a content point as it is', () => {
    const shown = mirroredPoint(point({ level: 'relationship' }));
    expect(shown.raisedByPersonId).toBeUndefined();
    expect(shown.raisedByDepartmentId).toBeUndefined();
    expect(shown.statement).toBe('Statement');
    expect(mirroredPoint(point())).toEqual(point());
  });

  it('keeps the list of mirrored meetings, each once', () => {
    expect(withMirroredScreen([], 'm1', true)).toEqual(['m1']);
    expect(withMirroredScreen(['m1'], 'm1', true)).toEqual(['m1']);
    expect(withMirroredScreen(['m1', 'm2'], 'm1', false)).toEqual(['m2']);
  });
});
