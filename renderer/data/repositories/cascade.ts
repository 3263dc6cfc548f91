/**
 * The write path of the cascade to local units (domain/cascade.ts). `syncCascade` keeps one
 * decision's response rows in step with its scope, inside the caller's transaction (the decisions
 * repository calls it whenever a decision is recorded, edited or decided). `answer` records one
 * unit's response, from a meeting or the register; `importAnswers` writes a checked response file
 * in one transaction: every row or none.
 */
import {
  answerCascade,
  checkCascadeAnswer,
  planCascade,
  type CascadeAnswerDraft,
  type CascadeAnswerError,
  type CascadeSource,
} from '../../domain/cascade';
import { localDateOf } from '../../domain/calendar';
import type { CascadeResponse, Decision, Id, Timestamp } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { changedSince, stale, type Stale } from './stale';

export type CascadeOutcome =
  { ok: true; value: CascadeResponse } | { ok: false; errors: CascadeAnswerError[] } | Stale<CascadeResponse>;

export interface CascadeFileAnswer {
  decisionId: Id;
  draft: CascadeAnswerDraft;
}

export interface CascadeRepository {
  /** Records (or changes) one unit's answer; `base`: the `updatedAt` the form started from. */
  answer(
    id: Id,
    draft: CascadeAnswerDraft,
    how: { source: CascadeSource; meetingId?: Id },
    base?: Timestamp,
  ): Promise<CascadeOutcome>;
  /**
   * Writes the answers of one unit's response file, all in one transaction; refused whole (nothing
   * written) when a decision no longer asks the unit. Resolves to the rows written.
   */
  importAnswers(
    unit: string,
    answers: readonly CascadeFileAnswer[],
  ): Promise<{ ok: true; value: CascadeResponse[] } | { ok: false; missing: Id[] }>;
}

/** Brings `decision`'s rows in step with its scope; call inside a transaction over decisions, people and cascadeResponses. */
export async function syncCascade(
  db: TandemDatabase,
  context: WriteContext,
  decision: Decision,
): Promise<void> {
  if (decision.status !== 'decided') return;
  const [existing, people] = await Promise.all([
    db.cascadeResponses.where('decisionId').equals(decision.id).toArray(),
    db.people.toArray(),
  ]);
  const now = context.now();
  const writes = planCascade(decision, existing, people, {
    now,
    today: localDateOf(new Date(now)),
    newId: context.newId,
  });
  if (writes.length > 0) await db.cascadeResponses.bulkPut(writes);
}

export function cascadeRepository(db: TandemDatabase, context: WriteContext): CascadeRepository {
  const personIds = async () => new Set(await db.people.toCollection().primaryKeys());
  return {
    answer(id, draft, how, base) {
      return db.transaction('rw', db.cascadeResponses, db.people, async () => {
        const row = await db.cascadeResponses.get(id);
        if (!row || row.deletedAt !== undefined) throw new Error(`No cascade response ${id}`);
        if (changedSince(row, base)) return stale(row);
        const checked = checkCascadeAnswer(draft, { personIds: await personIds() });
        if (!checked.ok) return checked;
        const next = answerCascade(row, checked.value, { now: context.now(), ...how });
        await db.cascadeResponses.put(next);
        return { ok: true as const, value: next };
      });
    },

    importAnswers(unit, answers) {
      return db.transaction('rw', db.cascadeResponses, db.people, async () => {
        const known = await personIds();
        const now = context.now();
        const rows = await db.cascadeResponses
          .where('[decisionId+unit]')
          .anyOf(answers.map((answer) => [answer.decisionId, unit]))
          .toArray();
        const live = new Map(
          rows.filter((row) => row.deletedAt === undefined).map((row) => [row.decisionId, row]),
        );
        const missing = answers
          .filter((answer) => !live.has(answer.decisionId))
          .map((answer) => answer.decisionId);
        if (missing.length > 0) return { ok: false as const, missing };
        const written: CascadeResponse[] = [];
        for (const answer of answers) {
          const checked = checkCascadeAnswer(answer.draft, { personIds: known });
          // The file was checked before; a refusal here means it changed meanwhile: write nothing.
          if (!checked.ok) return { ok: false as const, missing: [answer.decisionId] };
          const row = live.get(answer.decisionId) as CascadeResponse;
          written.push(answerCascade(row, checked.value, { now, source: 'file' }));
        }
        await db.cascadeResponses.bulkPut(written);
        return { ok: true as const, value: written };
      });
    },
  };
}
