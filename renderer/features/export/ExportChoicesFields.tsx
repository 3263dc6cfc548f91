/**
 * The choices of the Export minutes dialog: the options of the minutes (language, anonymous
 * relationship issues, notes per item) and the format of the file, with a line saying what the
 * chosen format holds.
 */
import { useId } from 'react';
import { isLanguage, languageName, LANGUAGES } from '../../i18n/language';
import { useT } from '../../i18n/react';
import { SelectField } from '../../ui/SelectField';
import { EXPORT_FORMATS, type ExportChoices, type ExportFormat } from '../../domain/export/formats';
import { FORMAT_SPECS } from './export-file';

interface MinutesOptionsProps {
  choices: ExportChoices;
  onChoices: (choices: ExportChoices) => void;
}

export function MinutesOptionsFields({ choices, onChoices }: MinutesOptionsProps) {
  const t = useT();
  const hintId = useId();
  return (
    <fieldset className="export-fieldset">
      <legend>{t('export.options')}</legend>
      <SelectField
        label={t('export.language')}
        value={choices.language}
        options={LANGUAGES.map((language) => ({ value: language, label: languageName(language) }))}
        onValue={(language) => {
          if (isLanguage(language)) onChoices({ ...choices, language });
        }}
      />
      <label className="export-check">
        <input
          type="checkbox"
          checked={choices.anonymousRelationship}
          aria-describedby={hintId}
          onChange={(event) => onChoices({ ...choices, anonymousRelationship: event.target.checked })}
        />
        {t('export.anonymous')}
      </label>
      <p id={hintId} className="muted export-hint">
        {t('export.anonymousHint')}
      </p>
      <label className="export-check">
        <input
          type="checkbox"
          checked={choices.includeNotes}
          onChange={(event) => onChoices({ ...choices, includeNotes: event.target.checked })}
        />
        {t('export.notes')}
      </label>
    </fieldset>
  );
}

interface FormatProps {
  format: ExportFormat;
  onFormat: (format: ExportFormat) => void;
}

export function FormatFields({ format, onFormat }: FormatProps) {
  const t = useT();
  const name = useId();
  const hintId = useId();
  return (
    <fieldset className="export-fieldset" aria-describedby={hintId}>
      <legend>{t('export.format')}</legend>
      <div className="export-formats">
        {EXPORT_FORMATS.map((option) => (
          <label key={option} className="export-check">
            <input
              type="radio"
              name={name}
              value={option}
              checked={format === option}
              onChange={() => onFormat(option)}
            />
            {t(FORMAT_SPECS[option].label)}
          </label>
        ))}
      </div>
      <p id={hintId} className="muted export-hint">
        {t(FORMAT_SPECS[format].hint)}
      </p>
    </fieldset>
  );
}
