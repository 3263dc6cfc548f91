/**
 * The dialogs of Import meeting: choosing the file (when the menu asked), the problems of a bad
 * file, copy-or-update, renumbered decisions.
 */
import type { Renumbering } from '../../domain/exchange/copy';
import { MAX_REPORTED_ERRORS, type ExchangeError } from '../../domain/exchange/errors';
import type { MeetingFile } from '../../domain/exchange/schemas';
import type { ImportMode } from '../../data/repositories/exchange';
import { exchangeErrorMessage } from '../../i18n/exchange-errors';
import { useLanguage, useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';

export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'choose' }
  | { kind: 'errors'; errors: ExchangeError[] }
  | { kind: 'exists'; file: MeetingFile }
  | { kind: 'renumbered'; meetingId: string; renumbered: Renumbering[] }
  | { kind: 'failed' };

interface Props {
  step: ImportStep;
  onCancel: () => void;
  onChoose: (file: MeetingFile, mode: ImportMode) => void;
  onOpen: (meetingId: string) => void;
  /** Opens the file chooser; only the menu's Import meeting shows the step that needs it. */
  onChooseFile?: () => void;
}

export function ImportDialogs({ step, onCancel, onChoose, onOpen, onChooseFile }: Props) {
  const t = useT();
  const language = useLanguage();
  switch (step.kind) {
    case 'idle':
      return null;
    case 'choose':
      return (
        <Dialog title={t('exchange.import')} onCancel={onCancel}>
          <p className="dialog-body">{t('exchange.chooseIntro')}</p>
          <div className="dialog-actions">
            <button type="button" onClick={onCancel}>
              {t('action.cancel')}
            </button>
            <button type="button" className="primary" onClick={onChooseFile} data-autofocus>
              {t('exchange.chooseFile')}
            </button>
          </div>
        </Dialog>
      );
    case 'errors':
      return (
        <Dialog title={t('exchange.errorsTitle')} role="alertdialog" onCancel={onCancel}>
          <p className="dialog-body">{t('exchange.errorsIntro')}</p>
          <ul className="dialog-body" aria-label={t('exchange.errorsTitle')}>
            {step.errors.map((error, index) => (
              <li key={index}>{exchangeErrorMessage(language, error)}</li>
            ))}
          </ul>
          {step.errors.length >= MAX_REPORTED_ERRORS && (
            <p className="muted">{t('exchange.moreErrors', { count: MAX_REPORTED_ERRORS })}</p>
          )}
          <CloseActions label={t('exchange.close')} onClick={onCancel} />
        </Dialog>
      );
    case 'exists':
      return (
        <Dialog title={t('exchange.existsTitle')} onCancel={onCancel}>
          <p className="dialog-body">{t('exchange.existsBody', { title: step.file.meeting.title })}</p>
          <div className="dialog-actions">
            <button type="button" onClick={onCancel} data-autofocus>
              {t('action.cancel')}
            </button>
            <button type="button" onClick={() => onChoose(step.file, 'update')}>
              {t('exchange.update')}
            </button>
            <button type="button" className="primary" onClick={() => onChoose(step.file, 'copy')}>
              {t('exchange.copy')}
            </button>
          </div>
        </Dialog>
      );
    case 'renumbered':
      return (
        <Dialog title={t('exchange.import')} onCancel={() => onOpen(step.meetingId)}>
          <ul className="dialog-body">
            {step.renumbered.map((change) => (
              <li key={change.decisionId}>
                {t('exchange.renumbered', { from: change.from, to: change.to })}
              </li>
            ))}
          </ul>
          <CloseActions label={t('exchange.close')} onClick={() => onOpen(step.meetingId)} />
        </Dialog>
      );
    case 'failed':
      return (
        <Dialog title={t('exchange.import')} role="alertdialog" onCancel={onCancel}>
          <p className="dialog-body" role="alert">
            {t('exchange.importFailed')}
          </p>
          <CloseActions label={t('exchange.close')} onClick={onCancel} />
        </Dialog>
      );
  }
}

function CloseActions({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <div className="dialog-actions">
      <button type="button" className="primary" onClick={onClick} data-autofocus>
        {label}
      </button>
    </div>
  );
}
