/**
 * Saved views of the register: the filters of a tab under a name ("Overdue · Sales Iberia"),
 * applied in one click. "Save view…" asks for a name (a suggestion from the filters is filled in);
 * each view can be renamed, or deleted with undo. Views are kept on this device (settings), never
 * exported. The view matching the address is marked as current.
 */
import { Pencil, Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { viewNameError, type ViewNameError } from '../../domain/register-address';
import type { SavedRegisterView } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useRegisterViews } from '../../data/queries/settings';
import { useT } from '../../i18n/react';
import { FieldError } from '../../ui/FieldError';
import { RowAction } from '../../ui/RowAction';
import { useUndoable } from '../../ui/use-undoable';
import { useWrite } from '../../ui/use-write';
import type { RegisterTab } from './RegisterTabs';

interface Props {
  tab: Exclude<RegisterTab, 'agreements'>;
  query: string;
  /** The name offered when saving, from the filters. */
  suggestion: string;
  onApply: (view: SavedRegisterView) => void;
}

export function RegisterViews({ tab, query, suggestion, onApply }: Props) {
  const t = useT();
  const views = useRegisterViews();
  const { settings } = useWorkspace();
  const { run } = useWrite();
  const { undoable } = useUndoable();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  if (views === undefined) return null;

  function remove(view: SavedRegisterView) {
    let index = -1;
    void undoable(
      async () => {
        index = await settings.deleteRegisterView(view.id);
      },
      {
        label: t('register.views.deleted', { name: view.name }),
        undo: () => settings.restoreRegisterView(view, index),
      },
    );
  }

  return (
    <div className="register-views" role="group" aria-label={t('register.views')}>
      <span className="register-views-label">{t('register.views')}</span>
      {views.map((view) =>
        editing === view.id ? (
          <ViewNameForm
            key={view.id}
            initial={view.name}
            check={(name) => viewNameError(name, views, view.id)}
            onCancel={() => setEditing(null)}
            onSubmit={(name) =>
              void run(() => settings.renameRegisterView(view.id, name), { done: () => setEditing(null) })
            }
          />
        ) : (
          <span key={view.id} className="register-view">
            <button
              type="button"
              className="register-view-apply"
              aria-current={view.tab === tab && view.query === query ? 'true' : undefined}
              onClick={() => onApply(view)}
            >
              {view.name}
            </button>
            <RowAction
              icon={Pencil}
              label={t('register.views.rename')}
              name={t('register.views.renameName', { name: view.name })}
              onClick={() => setEditing(view.id)}
            />
            <RowAction
              icon={Trash2}
              danger
              label={t('register.views.delete')}
              name={t('register.views.deleteName', { name: view.name })}
              onClick={() => remove(view)}
            />
          </span>
        ),
      )}
      {editing === 'new' ? (
        <ViewNameForm
          initial={suggestion}
          check={(name) => viewNameError(name, views)}
          onCancel={() => setEditing(null)}
          onSubmit={(name) =>
            void run(() => settings.addRegisterView({ name, tab, query }), {
              done: () => setEditing(null),
            })
          }
        />
      ) : (
        <>
          {views.length === 0 && (
            <span className="muted register-views-none">{t('register.views.none')}</span>
          )}
          <button
            type="button"
            className="register-view-save"
            disabled={query === ''}
            onClick={() => setEditing('new')}
          >
            {t('register.views.save')}
          </button>
        </>
      )}
    </div>
  );
}

interface FormProps {
  initial: string;
  check: (name: string) => ViewNameError | null;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

function ViewNameForm({ initial, check, onSubmit, onCancel }: FormProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<ViewNameError | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  function submit(event: FormEvent) {
    event.preventDefault();
    const refused = check(name);
    setError(refused);
    if (!refused) onSubmit(name.trim());
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  }
  return (
    <form className="register-view-form" onSubmit={submit} onKeyDown={onKeyDown}>
      <label htmlFor={id} className="visually-hidden">
        {t('register.views.name')}
      </label>
      <input
        id={id}
        ref={input}
        value={name}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit">{t('register.views.store')}</button>
      <button type="button" className="quiet" onClick={onCancel}>
        {t('register.views.cancel')}
      </button>
      <FieldError id={`${id}-error`} message={error ? t(`register.views.error.${error}`) : undefined} />
    </form>
  );
}
