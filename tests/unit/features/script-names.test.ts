import { describe, expect, it } from 'vitest';
import { describeGaps } from '../../../renderer/features/export/script-names';

const chars = (text: string) => [...new Set(text)];

describe('what the PDF cannot set, as a reader reads it', () => {
  it('names a script in the UI language, its combining marks included', () => {
    expect(describeGaps(chars('मुंबई'), 'en')).toBe('Devanagari');
    expect(describeGaps(chars('मुंबई ქართული'), 'en')).toBe('Devanagari, Georgian');
    expect(describeGaps(chars('मुंबई ქართული'), 'de')).toBe('Devanagari, Georgisch');
  });

  it('shows characters of no named script as themselves, counting past eight', () => {
    expect(describeGaps(chars('ᚠᚢ'), 'en')).toBe('ᚠ ᚢ');
    expect(describeGaps(chars('ᚠᚢᚦᚨᚱᚲᚷᚹᚺᚾ'), 'en')).toBe('ᚠ ᚢ ᚦ ᚨ ᚱ ᚲ ᚷ ᚹ +2');
    expect(describeGaps(chars('मᚠ'), 'en')).toBe('Devanagari, ᚠ');
  });
});
