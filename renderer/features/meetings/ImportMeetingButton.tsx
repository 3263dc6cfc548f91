/**
 * "Import meeting": pick a JSON file, check it completely, then write it in one transaction.
 * A bad file shows every problem in the user's language and writes nothing; an import with
 * something to decide shows its plan first (the meeting is here, ids of another meeting, differing
 * people or definitions); success opens the meeting in Prepare.
 * The checking and writing is the import path shared with Restore (use-import-flow.ts).
 */
import { useRef, type ChangeEvent } from 'react';
import { useT } from '../../i18n/react';
import { useMeetingsUi } from '../../state/meetings-ui';
import { ImportDialogs, type ImportStep } from './ImportDialogs';
import { useImportFlow } from './use-import-flow';

export function ImportMeetingButton() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const importer = useImportFlow();
  const importRequested = useMeetingsUi((state) => state.importRequested);
  const clearImportRequest = useMeetingsUi((state) => state.clearImportRequest);

  // The menu's Import meeting asks for the file in a dialog, whose button is the click a file
  // chooser needs.
  const { step } = importer.dialogs;
  const shown: ImportStep = importRequested && step.kind === 'idle' ? { kind: 'choose' } : step;

  function choose() {
    clearImportRequest();
    input.current?.click();
  }

  function cancel() {
    clearImportRequest();
    importer.dialogs.onCancel();
  }

  async function picked(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    // Clear the picker so choosing the same file again fires another change.
    event.target.value = '';
    if (!chosen) return;
    await importer.importFile(chosen);
  }

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('exchange.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={t('exchange.import')}
        onChange={picked}
      />
      <ImportDialogs {...importer.dialogs} step={shown} onCancel={cancel} onChooseFile={choose} />
    </>
  );
}
