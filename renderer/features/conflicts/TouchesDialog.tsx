/**
 * Links a conflict point to the decided decisions it touches (the reopen gate). Tandem suggests the
 * likely ones by the words of the statement and the agreed definitions' terms, without case or
 * accents; a search finds any other. Each is shown with its rationale and "revisit if" conditions.
 */
import { useState, type FormEvent } from 'react';
import { formatNumber } from '../../domain/decisions';
import { MAX_TOUCHED_DECISIONS, suggestTouchedDecisions } from '../../domain/reopen-gate';
import { matchesQuery, snippet } from '../../domain/text';
import type { ConflictPoint, Decision, Id } from '../../domain/types';
import { useDefinitions } from '../../data/queries/knowledge';
import { useDecidedDecisions } from '../../data/queries/reopen-gate';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../ui/use-write';

export function TouchesDialog({ point, onClose }: { point: ConflictPoint; onClose: () => void }) {
  const t = useT();
  const { conflicts } = useWorkspace();
  const decided = useDecidedDecisions() ?? [];
  const definitions = useDefinitions() ?? [];
  const [chosen, setChosen] = useState<Id[]>(point.touchesDecisionIds ?? []);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const { run, pending } = useWrite();
  const others = decided.filter((decision) => decision.meetingId !== point.meetingId);
  const suggested = suggestTouchedDecisions(point.statement, others, definitions, {
    meetingId: point.meetingId,
  });
  const found =
    query.trim() === ''
      ? []
      : others
          .filter((decision) => !suggested.includes(decision))
          .filter((decision) => matchesQuery(`${formatNumber(decision.number)} ${decision.statement}`, query))
          .slice(0, 10);
  const linked = others.filter(
    (decision) => chosen.includes(decision.id) && !suggested.includes(decision) && !found.includes(decision),
  );
  const title = t('gate.linkFor', { statement: snippet(point.statement) });

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => conflicts.linkDecisions(point.id, chosen), {
      done: onClose,
      refused: (outcome) => setProblem(t(`gate.${outcome.refusal.code}`, { max: MAX_TOUCHED_DECISIONS })),
    });
  }

  const option = (decision: Decision) => (
    <li key={decision.id} className="touches-option">
      <label className="check">
        <input
          type="checkbox"
          checked={chosen.includes(decision.id)}
          onChange={(event) =>
            setChosen((current) =>
              event.target.checked ? [...current, decision.id] : current.filter((id) => id !== decision.id),
            )
          }
        />
        {formatNumber(decision.number)} — {decision.statement}
      </label>
      <p className="muted decision-gate-line">
        {decision.rationale.trim() === ''
          ? t('gate.noRationale')
          : t('gate.rationale', { text: decision.rationale })}
      </p>
      {decision.revisitIf.length > 0 && (
        <p className="muted decision-gate-line">
          {t('gate.revisitLine', { conditions: decision.revisitIf.join('; ') })}
        </p>
      )}
    </li>
  );

  return (
    <Dialog title={title} onCancel={onClose}>
      <form className="form" aria-label={title} onSubmit={submit} noValidate>
        <h3>{t('gate.suggested')}</h3>
        {suggested.length === 0 ? (
          <p className="muted">{t('gate.noSuggestions')}</p>
        ) : (
          <ul aria-label={t('gate.suggested')} className="touches-list">
            {suggested.map(option)}
          </ul>
        )}
        <TextField
          type="search"
          label={t('gate.search')}
          value={query}
          onValue={setQuery}
          autoComplete="off"
        />
        {(found.length > 0 || linked.length > 0) && (
          <ul aria-label={t('gate.search')} className="touches-list">
            {[...linked, ...found].map(option)}
          </ul>
        )}
        <FieldError id="touches-problem" message={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('gate.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** "Touches D-1, D-4" under a conflict point, by register number. */
export function TouchedLine({ ids }: { ids: readonly Id[] }) {
  const t = useT();
  const decided = useDecidedDecisions();
  const numbers = ids
    .map((id) => decided?.find((decision) => decision.id === id))
    .filter((decision) => decision !== undefined)
    .map((decision) => formatNumber(decision.number));
  if (numbers.length === 0) return null;
  return <p className="muted conflict-touches">{t('gate.touchesLine', { numbers: numbers.join(', ') })}</p>;
}
