/**
 * The New meeting form: title, date, start time, the language of the minutes and, optionally, a
 * template to start from. A created meeting opens in Prepare.
 */
import { useId, useState, type FormEvent } from 'react';
import { localDateOf } from '../../domain/calendar';
import type { MeetingDraft } from '../../domain/meetings';
import type { Language, Template } from '../../domain/types';
import { navigate } from '../../navigation/router';
import { useWorkspace } from '../../data/provider';
import { asLanguage, languageName, LANGUAGES } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { useMeetingsUi } from '../../state/meetings-ui';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { TextField } from '../../ui/TextField';
import { fieldMessages, templateMessages, type FieldMessages } from './field-errors';
import { TemplateSelect } from './TemplateSelect';

const DEFAULT_START = '09:00';

export function NewMeetingDialog() {
  const t = useT();
  const uiLanguage = useLanguage();
  const { meetings, templates } = useWorkspace();
  const closeDialog = useMeetingsUi((state) => state.closeDialog);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => localDateOf(new Date()));
  const [startTime, setStartTime] = useState(DEFAULT_START);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [errors, setErrors] = useState<FieldMessages>({});
  const [storageFailed, setStorageFailed] = useState(false);
  const [template, setTemplate] = useState<Template | null>(null);
  const languageId = useId();

  function chooseTemplate(next: Template | null) {
    if (next && title.trim() === '') setTitle(next.name);
    setTemplate(next);
  }

  async function create(draft: MeetingDraft): Promise<{ id: string } | FieldMessages> {
    if (!template) {
      const outcome = await meetings.create(draft);
      return outcome.ok ? outcome.value : fieldMessages(t, outcome.errors);
    }
    const outcome = await templates.createMeetingFromTemplate(draft, template.id);
    return outcome.ok ? outcome.value.meeting : templateMessages(t, outcome.errors);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await create({ title, date, startTime, language });
      setStorageFailed(false);
      if (!('id' in result)) return setErrors(result);
      closeDialog();
      navigate({ name: 'prepare', meetingId: result.id });
    } catch {
      setStorageFailed(true);
    }
  }

  return (
    <Dialog title={t('dialog.new.title')} onCancel={closeDialog}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('meeting.title')}
          value={title}
          onValue={setTitle}
          error={errors.title}
          autoFocusFirst
          autoComplete="off"
        />
        <div className="form-row">
          <TextField
            label={t('meeting.date')}
            type="date"
            value={date}
            onValue={setDate}
            error={errors.date}
          />
          <TextField
            label={t('meeting.startTime')}
            type="time"
            value={startTime}
            onValue={setStartTime}
            error={errors.startTime}
          />
        </div>
        <div className="field">
          <label htmlFor={languageId}>{t('meeting.language')}</label>
          <select
            id={languageId}
            value={language}
            onChange={(event) => {
              setLanguage(asLanguage(event.target.value));
              if (template?.builtIn) setTemplate(null);
            }}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </div>
        <TemplateSelect language={language} value={template?.id ?? ''} onTemplate={chooseTemplate} />
        <FieldError id={`${languageId}-template`} message={errors.template} />
        <FieldError id={`${languageId}-storage`} message={storageFailed ? t('error.storage') : undefined} />
        <div className="dialog-actions">
          <button type="button" onClick={closeDialog}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('action.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
