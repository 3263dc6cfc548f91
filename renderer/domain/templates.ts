/**
 * The built-in templates and how templates are listed. Built-ins live in code, not in the
 * database: they are the same on every machine, cannot be deleted, and their ids
 * (`builtin:<kind>:<language>`) say which kind they are, so the UI can pair the English and the
 * German version of one template. Templates the user saves are stored rows with UUIDs.
 */
import { LANGUAGES } from '../i18n/language';
import { DEFAULT_GROUND_RULES } from './ground-rules';
import { CAMPAIGN_PLANNING } from './templates/campaign-planning';
import { LEAD_HANDOVER } from './templates/lead-handover';
import { PRICE_OFFER } from './templates/price-offer';
import { QUARTERLY_STRATEGY } from './templates/quarterly-strategy';
import { BUILT_IN_TEMPLATE_KINDS, type BuiltInTemplateKind, type TemplateSource } from './templates/source';
import type { Id, Language, Template, Timestamp } from './types';

export { BUILT_IN_TEMPLATE_KINDS, type BuiltInTemplateKind };

/** The creation time every built-in template carries; fixed, so built-ins compare equal everywhere. */
export const BUILT_IN_TEMPLATES_TIMESTAMP: Timestamp = '2026-01-01T00:00:00.000Z';

const SOURCES: readonly TemplateSource[] = [
  QUARTERLY_STRATEGY,
  CAMPAIGN_PLANNING,
  PRICE_OFFER,
  LEAD_HANDOVER,
];

/** The id of the built-in template of one kind in one language, e.g. `builtin:quarterly-strategy:en`. */
export function builtInTemplateId(kind: BuiltInTemplateKind, language: Language): Id {
  return `builtin:${kind}:${language}`;
}

function toTemplate(source: TemplateSource, language: Language): Template {
  return {
    id: builtInTemplateId(source.kind, language),
    createdAt: BUILT_IN_TEMPLATES_TIMESTAMP,
    updatedAt: BUILT_IN_TEMPLATES_TIMESTAMP,
    name: source.name[language],
    language,
    builtIn: true,
    durationMinutes: source.durationMinutes,
    agenda: source.agenda.map((item) => ({
      title: item.text[language].title,
      description: item.text[language].description,
      kind: item.kind,
      timeboxMinutes: item.timeboxMinutes,
    })),
    groundRules: [...DEFAULT_GROUND_RULES[language]],
  };
}

/** Every built-in template: each kind in English, then in German, in the order of the kinds. */
export const BUILT_IN_TEMPLATES: readonly Template[] = SOURCES.flatMap((source) =>
  LANGUAGES.map((language) => toTemplate(source, language)),
);

const BY_ID: ReadonlyMap<Id, Template> = new Map(
  BUILT_IN_TEMPLATES.map((template) => [template.id, template]),
);

/** The built-in template with this id, or `undefined` when the id names no built-in. */
export function builtInTemplate(id: Id): Template | undefined {
  return BY_ID.get(id);
}

/** The built-in template of one kind in one language (every kind exists in both). */
export function builtInTemplateFor(kind: BuiltInTemplateKind, language: Language): Template {
  const template = BY_ID.get(builtInTemplateId(kind, language));
  if (!template) throw new Error(`No built-in template ${kind} in ${language}`);
  return template;
}

function isBuiltInKind(value: string): value is BuiltInTemplateKind {
  return (BUILT_IN_TEMPLATE_KINDS as readonly string[]).includes(value);
}

/**
 * The kind of a built-in template, read from its id; `undefined` for a user template. The UI uses
 * it to offer the same template in the other language.
 */
export function templateKindOf(template: Pick<Template, 'id'>): BuiltInTemplateKind | undefined {
  const match = /^builtin:([a-z-]+):(en|de)$/.exec(template.id);
  const kind = match?.[1];
  return kind !== undefined && isBuiltInKind(kind) ? kind : undefined;
}

/**
 * The templates to offer: every built-in in its fixed order, then the stored (user) templates that
 * are not deleted, by name. A stored row that claims a built-in id is left out: built-ins come from code.
 */
export function listTemplates(stored: readonly Template[]): Template[] {
  const user = stored
    .filter((template) => template.deletedAt === undefined && !BY_ID.has(template.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
  return [...BUILT_IN_TEMPLATES, ...user];
}
