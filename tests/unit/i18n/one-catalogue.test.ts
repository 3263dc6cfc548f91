/**
 * The UI, the native menu, the minutes and the exported files read their words from the one
 * catalogue of renderer/i18n/languages/: changing a word there changes it everywhere it shows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MENU_LABEL_KEYS, menuLabels } from '../../../electron/main/menu-labels';
import { decisionRegisterCsv } from '../../../renderer/domain/export/csv';
import { exportFileName } from '../../../renderer/domain/export/file-names';
import { valueWords } from '../../../renderer/domain/export/words';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import {
  CATALOGUES,
  LANGUAGES,
  translate,
  type Language,
  type MessageKey,
} from '../../../renderer/i18n/language';
import { minutesSnapshot, NOW, TIME_ZONE } from '../domain/minutes-fixture';

const changed: Array<{ language: Language; key: MessageKey; text: string }> = [];

/** Rewords `key` in the catalogue itself until the test ends. */
function reword(language: Language, key: MessageKey, text: string): void {
  const catalogue = CATALOGUES[language] as Record<MessageKey, string>;
  changed.push({ language, key, text: catalogue[key] });
  catalogue[key] = text;
}

afterEach(() => {
  for (const { language, key, text } of changed.splice(0).reverse())
    (CATALOGUES[language] as Record<MessageKey, string>)[key] = text;
});

describe('one catalogue', () => {
  it.each(LANGUAGES)('gives the native menu its labels in %s', (language) => {
    for (const [item, key] of Object.entries(MENU_LABEL_KEYS))
      expect(menuLabels(language)[item as keyof typeof MENU_LABEL_KEYS]).toBe(translate(language, key));
    reword(language, 'meetings.new', 'New session');
    expect(menuLabels(language).newMeeting).toBe('New session');
  });

  it('gives the minutes their words', () => {
    reword('en', 'minutes.section.conflicts', 'Disagreements');
    const minutes = buildMinutes(minutesSnapshot(), { now: NOW, timeZone: TIME_ZONE });
    expect(minutes.sections.find((section) => section.id === 'conflicts')?.heading).toBe('Disagreements');
  });

  it('gives the CSV its headers and the screen’s words for values', () => {
    reword('de', 'file.decision.number', 'Nr.');
    reword('de', 'decisions.method.consent', 'Konsent (geändert)');
    expect(decisionRegisterCsv([], 'de').slice(1).split(';')[0]).toBe('Nr.');
    expect(valueWords('de').method('consent')).toBe('Konsent (geändert)');
  });

  it('gives the exported files their names', () => {
    reword('de', 'file.name.minutes', 'Niederschrift');
    expect(exportFileName({ title: 'Q1', date: '2026-12-01' }, 'minutes', 'de', 'md')).toBe(
      'Q1-2026-12-01-Niederschrift.md',
    );
  });
});
