/**
 * The ground rules of the meeting, edited in place. The list is saved whenever every rule in it
 * is valid; a rule left empty or too long is marked and the stored list stays as it was. A removed
 * rule can be brought back with Undo (or Ctrl+Z), in its place. The list saves like an autosaved
 * text (ui/use-autosaved-text.ts): every save names the list it started from, so a list changed in
 * another window meanwhile is never overwritten; both versions are offered instead.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { checkGroundRule, DEFAULT_GROUND_RULES } from '../../domain/ground-rules';
import { LIMITS } from '../../domain/limits';
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { usePushUndo, type UndoEntry } from '../../state/undo';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { FieldError } from '../../ui/FieldError';
import { TextField } from '../../ui/TextField';
import { useAutosavedText, type AutosaveResult } from '../../ui/use-autosaved-text';

/**
 * The sections on screen, told when an undo put a rule back: each takes the restored list as its
 * own, which its meeting (when not read live) would not otherwise bring.
 */
const restoredListeners = new Set<(meetingId: string, rules: string[]) => void>();

/** The list as one text for the autosave (rules are single lines; JSON keeps them apart exactly). */
const asText = (rules: readonly string[]) => JSON.stringify(rules);
const asRules = (text: string): string[] => JSON.parse(text) as string[];

export function GroundRulesSection({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { meetings } = useWorkspace();
  const headingId = useId();
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | undefined>();
  const pushUndo = usePushUndo();
  // A removal waiting to be stored: its undo is offered once exactly that list is saved.
  const removal = useRef<{ text: string; entry: UndoEntry } | undefined>(undefined);

  const list = useAutosavedText(asText(meeting.groundRules), async (text, base): Promise<AutosaveResult> => {
    const typed = asRules(text);
    if (!typed.every((rule) => checkGroundRule(rule).ok)) return { ok: false, message: '' };
    const outcome = await meetings.setGroundRules(
      meeting.id,
      typed.map((rule) => rule.trim()),
      asRules(base),
    );
    if ('reason' in outcome) return { ...outcome, current: asText(outcome.current) };
    if (!outcome.ok)
      return { ok: false, message: t('error.rules-too-many', { max: LIMITS.meeting.groundRules }) };
    if (removal.current?.text === text) pushUndo(removal.current.entry);
    removal.current = undefined;
    return { ok: true, stored: asText(outcome.stored) };
  });
  const rules = useMemo(() => asRules(list.value), [list.value]);
  const invalid = rules.map((rule) => !checkGroundRule(rule).ok);
  const { adopt } = list;

  useEffect(() => {
    const listener = (meetingId: string, restored: string[]) => {
      if (meetingId === meeting.id) adopt(asText(restored));
    };
    restoredListeners.add(listener);
    return () => void restoredListeners.delete(listener);
  }, [meeting.id, adopt]);

  const save = (next: string[]) => list.edit(asText(next));

  function remove(index: number) {
    const rule = rules[index] ?? '';
    const next = rules.filter((_, at) => at !== index);
    // An invalid rule was never stored, and with another one invalid nothing is: no undo then.
    if (checkGroundRule(rule).ok && next.every((other) => checkGroundRule(other).ok)) {
      removal.current = {
        text: asText(next),
        entry: {
          label: t('rules.removed', { rule: rule.trim() }),
          undo: async () => {
            const restored = await meetings.restoreGroundRule(meeting.id, rule.trim(), index);
            restoredListeners.forEach((listener) => listener(meeting.id, restored));
          },
        },
      };
    }
    save(next);
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

  const numbered = (text: string) =>
    asRules(text)
      .map((rule, index) => `${index + 1}. ${rule}`)
      .join('\n');

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
              {...list.focus}
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
      {list.theirs !== undefined && (
        <ChangedElsewhere
          lines={[{ label: t('rules.heading'), theirs: numbered(list.theirs), yours: numbered(list.value) }]}
          onTakeTheirs={list.takeTheirs}
          onKeepMine={list.keepMine}
        />
      )}
      <form className="inline-form" onSubmit={add} noValidate>
        <TextField label={t('rules.new')} value={draft} onValue={setDraft} error={draftError} />
        <button type="submit">{t('rules.add')}</button>
      </form>
    </section>
  );
}
