/**
 * One side's review of an agreement at this meeting: kept, partly kept or broken (a radio group,
 * written as soon as it is chosen), a note, and the figure reached where the side has a target.
 * Note and figure are written when the field is left; a figure that is no number is refused with
 * a message next to it and nothing changes.
 */
import { useState } from 'react';
import { LEDGER_VERDICTS, type SideReviewDraft } from '../../domain/ledger';
import type { LedgerEntry, LedgerSide, LedgerSideReview, Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../ui/use-write';
import { errorMessage } from './labels';

interface SideReviewFieldsProps {
  meeting: Meeting;
  entry: LedgerEntry;
  side: LedgerSide;
  stored: LedgerSideReview | undefined;
}

function draftOf(stored: LedgerSideReview | undefined): SideReviewDraft {
  return {
    verdict: stored?.verdict ?? '',
    note: stored?.note ?? '',
    figure: stored?.figure === undefined ? '' : String(stored.figure),
  };
}

export function SideReviewFields({ meeting, entry, side, stored }: SideReviewFieldsProps) {
  const t = useT();
  const { ledger } = useWorkspace();
  const { run } = useWrite();
  const [draft, setDraft] = useState<SideReviewDraft>(() => draftOf(stored));
  const [errors, setErrors] = useState<{ note?: string; figure?: string }>({});
  const sideName = t(`ledger.side.${side}`);
  const hasFigure = entry[side].target !== undefined;

  function save(next: SideReviewDraft) {
    const current = draftOf(stored);
    if (next.verdict === current.verdict && next.note === current.note && next.figure === current.figure)
      return;
    void run(() => ledger.review(entry.id, meeting.id, side, next), {
      done: () => setErrors({}),
      refused: (outcome) =>
        setErrors(
          Object.fromEntries(outcome.errors.map((error) => [error.field, errorMessage(t, error.code)])),
        ),
    });
  }

  const name = `verdict-${entry.id}-${side}`;
  return (
    <div className={`ledger-side-review side-${side}`}>
      <fieldset className="verdicts">
        <legend>{t('ledger.verdictOf', { side: sideName, title: entry.title })}</legend>
        {LEDGER_VERDICTS.map((verdict) => (
          <label key={verdict} className={`verdict verdict-${verdict}`}>
            <input
              type="radio"
              name={name}
              value={verdict}
              checked={draft.verdict === verdict}
              onChange={() => {
                const next = { ...draft, verdict };
                setDraft(next);
                save(next);
              }}
            />
            {t(`ledger.verdict.${verdict}`)}
          </label>
        ))}
      </fieldset>
      {hasFigure && (
        <TextField
          label={t('ledger.review.figure', { side: sideName })}
          inputMode="decimal"
          value={draft.figure}
          error={errors.figure}
          onValue={(figure) => setDraft((current) => ({ ...current, figure }))}
          onBlur={() => save(draft)}
        />
      )}
      <TextField
        label={t('ledger.review.note', { side: sideName })}
        value={draft.note}
        error={errors.note}
        onValue={(note) => setDraft((current) => ({ ...current, note }))}
        onBlur={() => save(draft)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save(draft);
        }}
      />
    </div>
  );
}
