/** The meeting's details, saved field by field as they are typed. */
import { useId } from 'react';
import { detailText, type DetailChange } from '../../domain/meeting-details';
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { asLanguage, languageName, LANGUAGES } from '../../i18n/language';
import { useT } from '../../i18n/react';
import { AutosaveField, type SaveResult } from './AutosaveField';
import { detailErrorMessage } from './detail-errors';

interface DetailsSectionProps {
  meeting: Meeting;
  agendaMinutes: number;
}

export function DetailsSection({ meeting, agendaMinutes }: DetailsSectionProps) {
  const t = useT();
  const { meetings } = useWorkspace();
  const headingId = useId();
  const languageId = useId();

  const saver =
    (field: Exclude<DetailChange['field'], 'language'>) =>
    async (value: string, base: string): Promise<SaveResult> => {
      const result = await meetings.updateDetail(meeting.id, { field, value }, base);
      if (result.ok || 'reason' in result) return result;
      return { ok: false, message: detailErrorMessage(t, result.error, agendaMinutes) };
    };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('details.heading')}</h2>
      <AutosaveField label={t('meeting.title')} stored={meeting.title} save={saver('title')} />
      <AutosaveField label={t('details.goal')} stored={meeting.goal} save={saver('goal')} multiline />
      <div className="form-row">
        <AutosaveField label={t('meeting.date')} stored={meeting.date} save={saver('date')} type="date" />
        <AutosaveField
          label={t('meeting.startTime')}
          stored={meeting.startTime}
          save={saver('startTime')}
          type="time"
        />
        <AutosaveField
          label={t('details.duration')}
          stored={detailText(meeting, 'durationMinutes')}
          save={saver('durationMinutes')}
          type="number"
        />
      </div>
      <AutosaveField label={t('details.location')} stored={meeting.location} save={saver('location')} />
      <div className="field">
        <label htmlFor={languageId}>{t('meeting.language')}</label>
        <select
          id={languageId}
          value={meeting.language}
          onChange={(event) =>
            void meetings.updateDetail(meeting.id, {
              field: 'language',
              value: asLanguage(event.target.value),
            })
          }
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
