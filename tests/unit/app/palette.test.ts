import { describe, expect, it } from 'vitest';
import { paletteEntries, type PaletteEntry } from '../../../renderer/shortcuts/palette';

const ENTRIES: PaletteEntry[] = [
  { id: 'screen.people', name: 'People' },
  { id: 'conflicts.log', name: 'Log conflict point', keys: 'Alt+L' },
  { id: 'screen.definitions', name: 'Agreed definitions' },
  { id: 'decisions.record', name: 'Record decision', keys: 'Alt+E' },
  { id: 'help', name: 'Show keyboard shortcuts', keys: '?' },
  { id: 'screen.register', name: 'Register' },
  { id: 'de.uber', name: 'Überblick öffnen' },
];

const ids = (query: string) => paletteEntries(ENTRIES, query).map((entry) => entry.id);

describe('the command palette list', () => {
  it('lists actions with keys first, then screens, each in the order registered', () => {
    expect(ids('')).toEqual([
      'conflicts.log',
      'decisions.record',
      'help',
      'screen.people',
      'screen.definitions',
      'screen.register',
      'de.uber',
    ]);
  });

  it('keeps the entries holding every typed word, ignoring case and accents', () => {
    expect(ids('LOG')).toEqual(['conflicts.log']);
    expect(ids('uber')).toEqual(['de.uber']);
    expect(ids('OFFNEN ÜBER')).toEqual(['de.uber']);
    expect(ids('point conflict')).toEqual(['conflicts.log']);
    expect(ids('nothing like this')).toEqual([]);
  });

  it('puts a name starting with the query first, then a word starting with it, then the rest', () => {
    // "re": "Record decision" and "Register" start with it; "Agreed definitions" only holds it.
    expect(ids('re')).toEqual(['decisions.record', 'screen.register', 'screen.definitions']);
    // "de": "definitions" and "decision" start a word, "Show keyboard shortcuts" does not hold it.
    expect(ids('de')).toEqual(['decisions.record', 'screen.definitions']);
  });

  it('ignores spaces around the query', () => {
    expect(ids('  people ')).toEqual(['screen.people']);
  });
});
