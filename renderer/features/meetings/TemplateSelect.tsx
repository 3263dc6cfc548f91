/**
 * Picks what a new meeting starts from: a blank agenda or a template in the language of the
 * minutes (the user's own templates are offered in any language).
 */
import { useId } from 'react';
import type { Language, Template } from '../../domain/types';
import { useTemplates } from '../../data/queries/templates';
import { useT } from '../../i18n/react';

interface TemplateSelectProps {
  language: Language;
  value: string;
  onTemplate: (template: Template | null) => void;
}

export function TemplateSelect({ language, value, onTemplate }: TemplateSelectProps) {
  const t = useT();
  const id = useId();
  const templates = (useTemplates() ?? []).filter(
    (template) => !template.builtIn || template.language === language,
  );
  return (
    <div className="field">
      <label htmlFor={id}>{t('meetings.template')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) =>
          onTemplate(templates.find((template) => template.id === event.target.value) ?? null)
        }
      >
        <option value="">{t('meetings.blankAgenda')}</option>
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {t('meetings.templateOption', { name: template.name, minutes: template.durationMinutes })}
          </option>
        ))}
      </select>
    </div>
  );
}
