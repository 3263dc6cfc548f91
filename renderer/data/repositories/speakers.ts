/**
 * The only write path for the speaker queue. Each change reads the meeting's turns and writes the
 * result in one transaction, so two quick presses of "Next speaker" can never start two turns.
 */
import { isQueuedOrSpeaking, raiseHand, stopSpeaker, takeNextSpeaker } from '../../domain/speakers';
import type { Id, SpeakerTurn } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';

export interface SpeakersRepository {
  /** Adds a raised hand; undefined when the person already waits or speaks. */
  raiseHand(meetingId: Id, personId: Id): Promise<SpeakerTurn | undefined>;
  /** Takes a hand down before it was taken (soft, like every deletion). */
  lowerHand(turnId: Id): Promise<void>;
  /** Ends the current turn and starts the first waiting one. */
  next(meetingId: Id): Promise<void>;
  /** Ends the current turn. */
  stop(meetingId: Id): Promise<void>;
}

export function speakersRepository(db: TandemDatabase, context: WriteContext): SpeakersRepository {
  const turnsOf = (meetingId: Id) => db.speakerTurns.where('meetingId').equals(meetingId).toArray();

  return {
    raiseHand(meetingId, personId) {
      return db.transaction('rw', db.speakerTurns, async () => {
        if (isQueuedOrSpeaking(await turnsOf(meetingId), personId)) return undefined;
        const turn = raiseHand(meetingId, personId, { now: context.now(), newId: context.newId });
        await db.speakerTurns.add(turn);
        return turn;
      });
    },

    async lowerHand(turnId) {
      await db.transaction('rw', db.speakerTurns, async () => {
        const turn = await db.speakerTurns.get(turnId);
        if (!turn || turn.start !== undefined) return;
        await db.speakerTurns.put({ ...turn, deletedAt: context.now(), updatedAt: context.now() });
      });
    },

    async next(meetingId) {
      await db.transaction('rw', db.speakerTurns, async () => {
        const { ended, started } = takeNextSpeaker(await turnsOf(meetingId), context.now());
        if (ended) await db.speakerTurns.put(ended);
        if (started) await db.speakerTurns.put(started);
      });
    },

    async stop(meetingId) {
      await db.transaction('rw', db.speakerTurns, async () => {
        const ended = stopSpeaker(await turnsOf(meetingId), context.now());
        if (ended) await db.speakerTurns.put(ended);
      });
    },
  };
}
