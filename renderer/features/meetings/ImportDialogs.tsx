/**
 * The dialogs of Import meeting: choosing the file (when the menu asked), the problems of a bad
 * file, the plan of the import when there is something to decide or to know (ImportReview.tsx),
 * renumbered decisions.
 */
import type { Renumbering } from '../../domain/exchange/copy';
import { MAX_REPORTED_ERRORS, type ExchangeError } from '../../domain/exchange/errors';
import type { ImportPlan } from '../../domain/exchange/plan';
import type { MeetingFile } from '../../domain/exchange/schemas';
import type { Id } from '../../domain/types';
import type { ImportMode } from '../../data/repositories/exchange';
import { exchangeErrorMessage } from '../../i18n/exchange-errors';
import { useLanguage, useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { ImportReview } from './ImportReview';

export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'choose' }
  | { kind: 'errors'; errors: ExchangeError[] }
  | { kind: 'review'; file: MeetingFile; plan: ImportPlan }
  | { kind: 'renumbered'; meetingId: string; renumbered: Renumbering[] }
  | { kind: 'failed' };

interface Props {
  step: ImportStep;
  onCancel: () => void;
  onChoose: (file: MeetingFile, mode: ImportMode, takeFile: ReadonlySet<Id>) => void;
  /** The flow came from Restore: updating in place is called restoring. */
  restore?: boolean;
  onOpen: (meetingId: string) => void;
  /** Opens the file chooser; only the menu's Import meeting shows the step that needs it. */
  onChooseFile?: () => void;
}

export function ImportDialogs({ step, onCancel, onChoose, onOpen, onChooseFile, restore = false }: Props) {
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
    case 'review':
      return (
        <ImportReview
          plan={step.plan}
          restore={restore}
          onCancel={onCancel}
          onUpdate={(takeFile) => onChoose(step.file, 'update', takeFile)}
          onCopy={(takeFile) => onChoose(step.file, 'copy', takeFile)}
        />
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
