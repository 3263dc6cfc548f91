/**
 * The shape in which the built-in templates are written: each agenda item holds its English and
 * German wording side by side, so both languages always have the same items, kinds and timeboxes.
 */
import type { AgendaItemKind, Language } from '../types';

/** The kinds of built-in template; the two languages of one kind share it. */
export const BUILT_IN_TEMPLATE_KINDS = [
  'quarterly-strategy',
  'campaign-planning',
  'price-offer',
  'lead-handover',
] as const;

export type BuiltInTemplateKind = (typeof BUILT_IN_TEMPLATE_KINDS)[number];

/** Words that change with the language. */
export interface Wording {
  title: string;
  description: string;
}

export interface SourceAgendaItem {
  kind: AgendaItemKind;
  timeboxMinutes: number;
  text: Readonly<Record<Language, Wording>>;
}

export interface TemplateSource {
  kind: BuiltInTemplateKind;
  durationMinutes: number;
  name: Readonly<Record<Language, string>>;
  agenda: readonly SourceAgendaItem[];
}
