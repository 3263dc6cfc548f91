/**
 * The unit response file, both ways. "Export unit file" asks for the unit and saves one small JSON
 * file with the decisions asking it (domain/cascade-file.ts); the unit's owner fills in each
 * response and sends it back. "Import unit response" reads such a file, checks it completely (as
 * the meeting import does) and against this workspace, and either lists every problem in the
 * user's language and changes nothing, or writes all its responses in one transaction.
 */
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { UnitFileError } from '../../domain/cascade-file';
import { MAX_REPORTED_ERRORS } from '../../domain/exchange/errors';
import type { CalendarDate } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { readCascadeUnits, readUnitFileEntries } from '../../data/queries/cascade';
import { translateCount } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { usePlatform } from '../../platform/react';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { useWrite } from '../../ui/use-write';
import { unitFileErrorMessage } from './file-errors';

/** The reader and its schemas load with the first file, not with the screen. */
const reader = () => import('./read-unit-file');

type Status =
  { kind: 'saved'; name: string } | { kind: 'imported'; count: number; unit: string } | { kind: 'failed' };

export function UnitFileActions({ today }: { today: CalendarDate }) {
  const t = useT();
  const language = useLanguage();
  const platform = usePlatform();
  const { db, cascade } = useWorkspace();
  const { run } = useWrite();
  const input = useRef<HTMLInputElement>(null);
  const [units, setUnits] = useState<string[]>();
  const [unit, setUnit] = useState('');
  const [errors, setErrors] = useState<UnitFileError[]>();
  const [status, setStatus] = useState<Status>();

  async function openExport() {
    const known = await readCascadeUnits(db);
    setUnits(known);
    setUnit(known[0] ?? '');
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (unit === '') return;
    const { writeUnitResponseFile, unitFileName } = await reader();
    const entries = await readUnitFileEntries(db, unit);
    const name = unitFileName(unit, today);
    const data = writeUnitResponseFile(unit, entries, t('cascade.file.help'), new Date().toISOString());
    setUnits(undefined);
    try {
      const result = await platform.saveFile({
        name,
        mimeType: 'application/json',
        filters: [{ name: 'JSON', extensions: ['json'] }],
        data,
      });
      if (result.ok) setStatus({ kind: 'saved', name });
      else setStatus(result.error.code === 'cancelled' ? undefined : { kind: 'failed' });
    } catch {
      setStatus({ kind: 'failed' });
    }
  }

  async function picked(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    const { readUnitFile } = await reader();
    const checked = await readUnitFile(db, chosen);
    if (!checked.ok) return setErrors(checked.errors);
    const { unit: answered, answers } = checked.value;
    await run(() => cascade.importAnswers(answered, answers), {
      done: (outcome) => setStatus({ kind: 'imported', count: outcome.value.length, unit: answered }),
      refused: () => setErrors([{ code: 'changed', path: '' }]),
    });
  }

  return (
    <div className="cascade-file-actions">
      <button type="button" onClick={() => void openExport()}>
        {t('cascade.file.export')}
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        {t('cascade.file.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={t('cascade.file.import')}
        onChange={(event) => void picked(event)}
      />
      {status && (
        <span role="status" className="muted">
          {status.kind === 'saved'
            ? t('register.saved', { name: status.name })
            : status.kind === 'imported'
              ? translateCount(language, 'cascade.file.imported', status.count, { unit: status.unit })
              : t('register.saveFailed')}
        </span>
      )}
      {units && (
        <Dialog title={t('cascade.file.export')} onCancel={() => setUnits(undefined)}>
          <form className="form" aria-label={t('cascade.file.export')} onSubmit={(event) => void save(event)}>
            {units.length === 0 ? (
              <p className="dialog-body">{t('cascade.file.none')}</p>
            ) : (
              <>
                <p className="dialog-body">{t('cascade.file.exportIntro')}</p>
                <SelectField
                  label={t('cascade.file.unit')}
                  value={unit}
                  options={units.map((name) => ({ value: name, label: name }))}
                  onValue={setUnit}
                />
              </>
            )}
            <div className="dialog-actions">
              <button type="button" onClick={() => setUnits(undefined)}>
                {t('action.cancel')}
              </button>
              <button type="submit" className="primary" disabled={units.length === 0}>
                {t('cascade.file.save')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
      {errors && (
        <Dialog
          title={t('cascade.file.errorsTitle')}
          role="alertdialog"
          onCancel={() => setErrors(undefined)}
        >
          <p className="dialog-body">{t('cascade.file.errorsIntro')}</p>
          <ul className="dialog-body" aria-label={t('cascade.file.errorsTitle')}>
            {errors.map((error, index) => (
              <li key={index}>{unitFileErrorMessage(language, error)}</li>
            ))}
          </ul>
          {errors.length >= MAX_REPORTED_ERRORS && (
            <p className="muted">{t('exchange.moreErrors', { count: MAX_REPORTED_ERRORS })}</p>
          )}
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => setErrors(undefined)} data-autofocus>
              {t('exchange.close')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
