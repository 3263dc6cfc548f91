/**
 * Export minutes: the options and the format on the left, the live preview of the minutes on the
 * right. The preview is rebuilt whenever an option or the meeting changes; Save writes the chosen
 * format and says in the status line what happened. Before a PDF is saved, the dialog names the
 * characters Tandem's PDF writer cannot set and offers Word or HTML instead. The choices belong to
 * the opening of the dialog, never to the live meeting data (state/export-ui.ts): a meeting running
 * behind the dialog changes the preview, not what the user chose.
 */
import '../../styles/export.css';
import { useMemo, useState } from 'react';
import type { DialogChoices, ExportChoices, ExportFormat } from '../../domain/export/formats';
import type { MeetingSnapshot } from '../../domain/minutes/snapshot';
import type { Id } from '../../domain/types';
import { useMeetingSnapshot } from '../../data/queries/minutes';
import { useT, type Translate } from '../../i18n/react';
import { useExportUi, useKeptChoices } from '../../state/export-ui';
import { Dialog } from '../../ui/Dialog';
import { FormatFields, MinutesOptionsFields } from './ExportChoicesFields';
import { minutesHtml } from './export-file';
import { MinutesPreview } from './MinutesPreview';
import { PdfGapsNote } from './PdfGapsNote';
import { useExportSave, type SaveStatus } from './use-export-save';

interface Props {
  meetingId: Id;
  /** Which opening of the dialog this is (state/export-ui.ts): its choices are kept for it. */
  opening: number;
  onClose: () => void;
}

export function ExportMinutesDialog({ meetingId, opening, onClose }: Props) {
  const t = useT();
  const snapshot = useMeetingSnapshot(meetingId);
  return (
    <Dialog title={t('export.open')} onCancel={onClose} className="export-dialog">
      {snapshot ? (
        <ExportForm snapshot={snapshot} opening={opening} onClose={onClose} />
      ) : (
        <>
          <p className="dialog-body">{snapshot === null ? t('prepare.notFound') : t('app.loading')}</p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('export.close')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

interface FormProps {
  snapshot: MeetingSnapshot;
  opening: number;
  onClose: () => void;
}

function ExportForm({ snapshot, opening, onClose }: FormProps) {
  const t = useT();
  // Made from the meeting once per opening; later snapshots never reset them.
  const [initial] = useState<DialogChoices>(() => ({
    choices: { language: snapshot.meeting.language, anonymousRelationship: true, includeNotes: true },
    format: 'pdf',
  }));
  const { choices, format } = useKeptChoices(opening) ?? initial;
  const keepChoices = useExportUi((state) => state.keepChoices);
  const setChoices = (next: ExportChoices) => keepChoices(opening, { choices: next, format });
  const setFormat = (next: ExportFormat) => keepChoices(opening, { choices, format: next });
  // The preview says when it was made; the saved file says when it was saved.
  const [openedAt] = useState(() => new Date().toISOString());
  const html = useMemo(() => minutesHtml(snapshot, choices, openedAt), [snapshot, choices, openedAt]);
  const { status, save } = useExportSave();
  // While a file is saved, Save says so with aria-disabled rather than `disabled`: a disabled button
  // drops the focus to the inert page, where Escape and Tab no longer reach the dialog.
  const saving = status.kind === 'busy';

  return (
    <form
      className="export-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!saving) void save(format, snapshot, choices);
      }}
    >
      <div className="export-layout">
        <div className="export-options">
          <MinutesOptionsFields choices={choices} onChoices={setChoices} />
          <FormatFields format={format} onFormat={setFormat} />
        </div>
        <MinutesPreview html={html} />
      </div>
      {/* Above Save, where it is seen before saving at any window height. */}
      <PdfGapsNote
        format={format}
        snapshot={snapshot}
        choices={choices}
        now={openedAt}
        onFormat={setFormat}
      />
      <div className="export-footer">
        <p
          role="status"
          className={status.kind.endsWith('failed') ? 'export-status danger-text' : 'export-status'}
        >
          {statusText(t, status)}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('export.close')}
          </button>
          <button type="submit" className="primary" aria-disabled={saving ? true : undefined}>
            {t('export.save')}
          </button>
        </div>
      </div>
    </form>
  );
}

function statusText(t: Translate, status: SaveStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'busy':
      return t('export.saving');
    case 'saved':
      return t('export.saved', { name: status.name });
    case 'print-opened':
      return t('export.printOpened');
    case 'failed':
      return t('export.failed', { name: status.name });
    case 'print-failed':
      return t('export.printFailed');
  }
}
