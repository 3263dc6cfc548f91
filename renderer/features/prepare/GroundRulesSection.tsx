/**
 * The ground rules of the meeting, edited in place. The list is saved whenever every rule in it
 * is valid; a rule left empty or too long is marked and the stored list stays as it was. A removed
 * rule can be brought back with Undo (or Ctrl+Z), in its place.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { checkGroundRule, DEFAULT_GROUND_RULES } from '../../domain/ground-rules';
import { LIMITS } from '../../domain/limits';
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { FieldError } from '../../ui/FieldError';
import { TextField } from '../../ui/TextField';
import { useUndoable } from '../../ui/use-undoable';
import { useWrite } from '../../ui/use-write';

/**
 * The sections on screen, told when an undo put a rule back: each keeps the list as typed (a rule
 * may be invalid, so unsaved), which a stored change from elsewhere would not otherwise reach.
 */
const restoredListeners = new Set<(meetingId: string, rules: string[]) => void>();

export function GroundRulesSection({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { meetings } = useWorkspace();
  const headingId = useId();
  const [rules, setRules] = useState<string[]>(meeting.groundRules);
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | undefined>();
  const { run } = useWrite();
  const { undoable } = useUndoable();
  const invalid = rules.map((rule) => !checkGroundRule(rule).ok);

  useEffect(() => {
    const listener = (meetingId: string, restored: string[]) => {
      if (meetingId === meeting.id) setRules(restored);
    };
    restoredListeners.add(listener);
    return () => void restoredListeners.delete(listener);
  }, [meeting.id]);

  function save(next: string[]) {
    setRules(next);
    const checked = next.map(checkGroundRule);
    if (checked.every((rule) => rule.ok)) {
      const trimmed = next.map((rule) => rule.trim());
      void run(() => meetings.setGroundRules(meeting.id, trimmed));
    }
  }

  function remove(index: number) {
    const rule = rules[index] ?? '';
    const next = rules.filter((_, at) => at !== index);
    // An invalid rule was never stored, and with another one invalid nothing is: no undo then.
    if (!checkGroundRule(rule).ok || next.some((other) => !checkGroundRule(other).ok)) return save(next);
    setRules(next);
    void undoable(
      () =>
        meetings.setGroundRules(
          meeting.id,
          next.map((other) => other.trim()),
        ),
      {
        label: t('rules.removed', { rule: rule.trim() }),
        undo: async () => {
          const restored = await meetings.restoreGroundRule(meeting.id, rule.trim(), index);
          restoredListeners.forEach((listener) => listener(meeting.id, restored));
        },
      },
    );
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const checked = checkGroundRule(draft);
    if (!checked.ok) return setDraftError(t('error.rule-invalid', { max: LIMITS.meeting.groundRule }));
    if (rules.length >= LIMITS.meeting.groundRules)
      return setDraftError(t('error.rules-too-many', { max: LIMITS.meeting.groundRules }));
    setDraftError(undefined);
    setDraft('');
    save([...rules, checked.value]);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('rules.heading')}</h2>
      {rules.length === 0 && (
        <p className="muted">
          {t('rules.empty')}{' '}
          <button type="button" onClick={() => save([...DEFAULT_GROUND_RULES[meeting.language]])}>
            {t('rules.useDefaults')}
          </button>
        </p>
      )}
      <ol className="rules-list">
        {rules.map((rule, index) => (
          <li key={index} className="rule-row">
            <textarea
              rows={2}
              aria-label={t('rules.rule', { number: index + 1 })}
              value={rule}
              aria-invalid={invalid[index] ? true : undefined}
              onChange={(event) => save(rules.map((old, at) => (at === index ? event.target.value : old)))}
            />
            <button
              type="button"
              className="quiet danger-text"
              aria-label={t('rules.remove', { number: index + 1 })}
              onClick={() => remove(index)}
            >
              {t('action.remove')}
            </button>
            <FieldError
              id={`${headingId}-rule-${index}`}
              message={
                invalid[index] ? t('error.rule-invalid', { max: LIMITS.meeting.groundRule }) : undefined
              }
            />
          </li>
        ))}
      </ol>
      <form className="inline-form" onSubmit={add} noValidate>
        <TextField label={t('rules.new')} value={draft} onValue={setDraft} error={draftError} />
        <button type="submit">{t('rules.add')}</button>
      </form>
    </section>
  );
}
