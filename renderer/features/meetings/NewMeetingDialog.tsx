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
import { useWrite } from '../../ui/use-write';
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
  const { run, pending } = useWrite();
  const [template, setTemplate] = useState<Template | null>(null);
  const languageId = useId();

  function chooseTemplate(next: Template | null) {
    if (next && title.trim() === '') setTitle(next.name);
    setTemplate(next);
  }

  async function create(
    draft: MeetingDraft,
  ): Promise<{ ok: true; id: string } | { ok: false; messages: FieldMessages }> {
    if (!template) {
      const outcome = await meetings.create(draft);
      return outcome.ok
        ? { ok: true, id: outcome.value.id }
        : { ok: false, messages: fieldMessages(t, outcome.errors) };
    }
    const outcome = await templates.createMeetingFromTemplate(draft, template.id);
    return outcome.ok
      ? { ok: true, id: outcome.value.meeting.id }
      : { ok: false, messages: templateMessages(t, outcome.errors) };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => create({ title, date, startTime, language }), {
      refused: (refusal) => setErrors(refusal.messages),
      done: (created) => {
        closeDialog();
        navigate({ name: 'prepare', meetingId: created.id });
      },
    });
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
        <div className="dialog-actions">
          <button type="button" onClick={closeDialog}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('action.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
