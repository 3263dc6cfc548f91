/**
 * The import path of a meeting file, whatever the file came from (Import meeting, a backup on the
 * Restore screen): check the text completely, list every problem in the user's language and write
 * nothing, plan the import and show the plan when there is something to decide or know (the
 * meeting is here, ids of another meeting, links out of the file, differing people or
 * definitions), write in one transaction, report renumbered decisions, then open the meeting in
 * Prepare. Render `ImportDialogs` with `dialogs`.
 */
import { useState } from 'react';
import type { Renumbering } from '../../domain/exchange/copy';
import type { ExchangeError } from '../../domain/exchange/errors';
import type { ExchangeResult } from '../../domain/exchange/format';
import { needsReview } from '../../domain/exchange/plan';
import type { MeetingFile } from '../../domain/exchange/schemas';
import type { Id } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import type { ImportMode } from '../../data/repositories/exchange';
import { useT } from '../../i18n/react';
import { navigate } from '../../navigation/router';
import { useWrite } from '../../ui/use-write';
import type { ImportStep } from './ImportDialogs';

/**
 * Reading a file: the schemas (zod) and their checks, in their own chunk, loaded when the first
 * file is imported rather than with the Meetings list.
 */
const reader = () => import('../../domain/exchange/read-file');

/** `restore`: the file is a backup, and updating the meeting in place is called restoring. */
export function useImportFlow({ restore = false }: { restore?: boolean } = {}) {
  const t = useT();
  const { exchange } = useWorkspace();
  const [step, setStep] = useState<ImportStep>({ kind: 'idle' });
  const { run } = useWrite();

  function open(meetingId: string) {
    setStep({ kind: 'idle' });
    navigate({ name: 'prepare', meetingId });
  }

  function finish(meetingId: string, renumbered: Renumbering[]) {
    if (renumbered.length > 0) setStep({ kind: 'renumbered', meetingId, renumbered });
    else open(meetingId);
  }

  async function write(file: MeetingFile, mode: ImportMode, takeFile: ReadonlySet<Id> = new Set()) {
    const copyTitle = (title: string) => t('exchange.copyTitle', { title });
    await run(() => exchange.importMeeting(file, mode, { copyTitle, takeFile }), {
      done: (outcome) => finish(outcome.meetingId, outcome.renumbered),
      failed: () => setStep({ kind: 'failed' }),
    });
  }

  /** Refuses a file without reading it, e.g. one too large to load. */
  function refuse(errors: ExchangeError[]) {
    setStep({ kind: 'errors', errors });
  }

  /** Checks `text` and imports it, asking first when the meeting is already here. */
  async function importText(text: string) {
    const { parseExchange } = await reader();
    return importChecked(parseExchange(text));
  }

  /** Checks a picked file (its size before reading it, its encoding) and imports it. */
  async function importFile(file: Blob) {
    const { readMeetingFile } = await reader();
    return importChecked(await readMeetingFile(file));
  }

  async function importChecked(parsed: ExchangeResult) {
    if (!parsed.ok) return refuse(parsed.errors);
    // Planning only reads, so a failure here is no failed write: the import says it could not go on.
    try {
      const plan = await exchange.planImport(parsed.value);
      if (needsReview(plan)) setStep({ kind: 'review', file: parsed.value, plan });
      else await write(parsed.value, 'update');
    } catch {
      setStep({ kind: 'failed' });
    }
  }

  const cancel = () => setStep({ kind: 'idle' });
  const dialogs = { step, onCancel: cancel, onChoose: write, onOpen: open, onChooseFile: cancel, restore };
  return { importText, importFile, dialogs };
}
