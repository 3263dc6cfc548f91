/**
 * The only write path for the parking lot. Points are checked first; closing and reopening
 * change only the status, so a closed point still shows in the minutes.
 */
import {
  checkParkingLotDraft,
  closeParkingLotPoint,
  newParkingLotPoint,
  reopenParkingLotPoint,
  type ParkingLotDraft,
  type ParkingLotFieldError,
} from '../../domain/parking-lot';
import type { Id, ParkingLotPoint, Timestamp } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';

export type ParkingLotOutcome =
  { ok: true; value: ParkingLotPoint } | { ok: false; errors: ParkingLotFieldError[] };

export interface ParkingLotRepository {
  create(meetingId: Id, draft: ParkingLotDraft): Promise<ParkingLotOutcome>;
  close(id: Id): Promise<void>;
  reopen(id: Id): Promise<void>;
}

export function parkingLotRepository(db: TandemDatabase, context: WriteContext): ParkingLotRepository {
  function change(id: Id, revise: (point: ParkingLotPoint, now: Timestamp) => ParkingLotPoint) {
    return db.transaction('rw', db.parkingLot, async () => {
      const point = await db.parkingLot.get(id);
      if (!point) throw new Error(`No parking lot point ${id}`);
      const changed = revise(point, context.now());
      if (changed !== point) await db.parkingLot.put(changed);
    });
  }

  return {
    async create(meetingId, draft) {
      const checked = checkParkingLotDraft(draft);
      if (!checked.ok) return checked;
      const point = newParkingLotPoint(meetingId, checked.value, {
        now: context.now(),
        newId: context.newId,
      });
      await db.parkingLot.add(point);
      return { ok: true, value: point };
    },
    close: (id) => change(id, closeParkingLotPoint),
    reopen: (id) => change(id, reopenParkingLotPoint),
  };
}
