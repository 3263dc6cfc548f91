/**
 * What a form shows when its write was refused as stale (renderer/data/repositories/stale.ts):
 * another window saved this record after the form began. Both versions stay in view — theirs as
 * stored, yours as typed and not yet saved — and the user chooses: take theirs, or keep mine (which
 * writes against what is stored now). Announced at once (role="alert").
 */
import { useId } from 'react';
import { useT } from '../i18n/react';
import '../styles/stale.css';

/** One field that differs: its label and both texts. */
export interface VersionLine {
  label: string;
  theirs: string;
  yours: string;
}

interface ChangedElsewhereProps {
  lines: readonly VersionLine[];
  onTakeTheirs: () => void;
  onKeepMine: () => void;
  disabled?: boolean;
}

export function ChangedElsewhere({ lines, onTakeTheirs, onKeepMine, disabled }: ChangedElsewhereProps) {
  const t = useT();
  const headingId = useId();
  const shown = (text: string) => (text === '' ? t('stale.empty') : text);
  return (
    <div role="alert" className="changed-elsewhere" aria-labelledby={headingId}>
      <p id={headingId} className="changed-elsewhere-heading">
        <strong>{t('stale.heading')}</strong>
      </p>
      <p>{t('stale.explain')}</p>
      {lines.length === 0 && <p>{t('stale.otherFields')}</p>}
      {lines.map((line) => (
        <div key={line.label} role="group" aria-label={line.label}>
          {lines.length > 1 && <p className="changed-elsewhere-field">{line.label}</p>}
          <dl className="changed-elsewhere-versions">
            <div>
              <dt>{t('stale.theirs')}</dt>
              <dd>{shown(line.theirs)}</dd>
            </div>
            <div>
              <dt>{t('stale.yours')}</dt>
              <dd>{shown(line.yours)}</dd>
            </div>
          </dl>
        </div>
      ))}
      <div className="changed-elsewhere-actions">
        <button type="button" onClick={onTakeTheirs} disabled={disabled}>
          {t('stale.takeTheirs')}
        </button>
        <button type="button" onClick={onKeepMine} disabled={disabled}>
          {t('stale.keepMine')}
        </button>
      </div>
    </div>
  );
}

/** The lines of two versions of a record whose texts differ, labelled. */
export function differingLines(
  fields: readonly { label: string; theirs: string; yours: string }[],
): VersionLine[] {
  return fields.filter((field) => field.theirs !== field.yours);
}
