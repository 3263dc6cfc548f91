/**
 * The facilitator's controls: Previous item, Next item, Skip, Defer, Pause/Resume and End meeting,
 * each with its shortcut. A command that does not apply is disabled as a button and, by keyboard,
 * says why in the status region. End meeting asks first.
 */
import { useState } from 'react';
import { refusalOf, type RunCommand } from '../../domain/run';
import type { AgendaItem, Meeting } from '../../domain/types';
import { describeCombo, useShortcut, type KeyCombo } from '../../shortcuts/registry';
import type { MessageKey } from '../../i18n/language';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { useRunCommand } from './use-run-command';

type Control = {
  id: string;
  command: RunCommand | 'toggle-pause' | 'end';
  label: MessageKey;
  combo: KeyCombo;
};

const CONTROLS: readonly Control[] = [
  { id: 'run.previous', command: 'previous', label: 'run.previous', combo: { code: 'KeyB', alt: true } },
  { id: 'run.next', command: 'next', label: 'run.next', combo: { code: 'KeyN', alt: true } },
  { id: 'run.skip', command: 'skip', label: 'run.skip', combo: { code: 'KeyS', alt: true } },
  { id: 'run.defer', command: 'defer', label: 'run.defer', combo: { code: 'KeyD', alt: true } },
  { id: 'run.pause', command: 'toggle-pause', label: 'run.pauseResume', combo: { code: 'KeyP', alt: true } },
  { id: 'run.end', command: 'end', label: 'run.end', combo: { code: 'KeyX', alt: true } },
];

interface RunControlsProps {
  meeting: Meeting;
  agenda: readonly AgendaItem[];
}

export function RunControls({ meeting, agenda }: RunControlsProps) {
  const t = useT();
  const { apply, message } = useRunCommand(meeting.id);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const paused = meeting.pausedAt !== undefined;

  function commandOf(control: Control): RunCommand {
    if (control.command === 'toggle-pause') return paused ? 'resume' : 'pause';
    return control.command;
  }

  function trigger(control: Control) {
    if (control.command === 'end') setConfirmingEnd(true);
    else void apply(commandOf(control));
  }

  return (
    <div className="run-controls" role="group" aria-label={t('run.controls')}>
      {CONTROLS.map((control) => (
        <ControlButton
          key={control.id}
          control={control}
          label={control.command === 'toggle-pause' ? (paused ? 'run.resume' : 'run.pause') : control.label}
          disabled={refusalOf(commandOf(control), meeting, agenda) !== undefined}
          onTrigger={() => trigger(control)}
        />
      ))}
      <p role="status" className="run-message">
        {message}
      </p>
      {confirmingEnd && (
        <Dialog title={t('run.confirmEnd.title')} role="alertdialog" onCancel={() => setConfirmingEnd(false)}>
          <p className="dialog-body">{t('run.confirmEnd.body')}</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirmingEnd(false)} data-autofocus>
              {t('action.cancel')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => void apply('end').then(() => setConfirmingEnd(false))}
            >
              {t('run.end')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}

interface ControlButtonProps {
  control: Control;
  label: MessageKey;
  disabled: boolean;
  onTrigger: () => void;
}

function ControlButton({ control, label, disabled, onTrigger }: ControlButtonProps) {
  const t = useT();
  useShortcut({ id: control.id, combo: control.combo, label: control.label }, onTrigger);
  const keys = describeCombo(control.combo);
  const kind = control.command === 'next' ? 'primary' : control.command === 'end' ? 'danger' : undefined;
  return (
    <button type="button" className={kind} disabled={disabled} aria-keyshortcuts={keys} onClick={onTrigger}>
      {t(label)}
      <span className="kbd-hint" aria-hidden="true">
        {keys}
      </span>
    </button>
  );
}
