/**
 * "Import meeting": pick a JSON file, check it completely, then write it in one transaction.
 * A bad file shows every problem in the user's language and writes nothing; a meeting that is
 * already here asks whether to import a copy or to update it; success opens the meeting in Prepare.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import {
  parseExchange,
  MAX_EXCHANGE_CHARS,
  type ExchangeError,
  type MeetingFile,
} from '../../domain/exchange/format';
import type { Renumbering } from '../../domain/exchange/copy';
import { useWorkspace } from '../../data/provider';
import type { ImportMode } from '../../data/repositories/exchange';
import { useT } from '../../i18n/react';
import { navigate } from '../../app/router';
import { useMeetingsUi } from '../../state/meetings-ui';
import { ImportDialogs, type ImportStep } from './ImportDialogs';

export function ImportMeetingButton() {
  const t = useT();
  const { exchange } = useWorkspace();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<ImportStep>({ kind: 'idle' });
  const importRequested = useMeetingsUi((state) => state.importRequested);
  const clearImportRequest = useMeetingsUi((state) => state.clearImportRequest);

  // The menu's Import meeting asks for the file in a dialog, whose button is the click a file
  // chooser needs.
  const shown: ImportStep = importRequested && step.kind === 'idle' ? { kind: 'choose' } : step;

  function choose() {
    clearImportRequest();
    input.current?.click();
  }

  function cancel() {
    clearImportRequest();
    setStep({ kind: 'idle' });
  }

  async function write(file: MeetingFile, mode: ImportMode) {
    try {
      const outcome = await exchange.importMeeting(file, mode);
      finish(outcome.meetingId, outcome.renumbered);
    } catch {
      setStep({ kind: 'failed' });
    }
  }

  function finish(meetingId: string, renumbered: Renumbering[]) {
    if (renumbered.length > 0) setStep({ kind: 'renumbered', meetingId, renumbered });
    else open(meetingId);
  }

  function open(meetingId: string) {
    setStep({ kind: 'idle' });
    navigate({ name: 'prepare', meetingId });
  }

  async function picked(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    // Clear the picker so choosing the same file again fires another change.
    event.target.value = '';
    if (!chosen) return;
    const errors = (list: ExchangeError[]) => setStep({ kind: 'errors', errors: list });
    // Refuse a huge file before reading it into memory (a character is at least one byte).
    if (chosen.size > MAX_EXCHANGE_CHARS * 4) {
      return errors([{ code: 'too-large', path: '', detail: String(MAX_EXCHANGE_CHARS / 1024 / 1024) }]);
    }
    const parsed = parseExchange(await chosen.text());
    if (!parsed.ok) return errors(parsed.errors);
    try {
      const plan = await exchange.planImport(parsed.value);
      if (plan.meetingExists || plan.existingRecords > 0) setStep({ kind: 'exists', file: parsed.value });
      else await write(parsed.value, 'update');
    } catch {
      setStep({ kind: 'failed' });
    }
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
      <ImportDialogs
        step={shown}
        onCancel={cancel}
        onChoose={(file, mode) => write(file, mode)}
        onOpen={open}
        onChooseFile={choose}
      />
    </>
  );
}
