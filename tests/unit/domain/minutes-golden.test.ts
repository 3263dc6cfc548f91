/**
 * Golden files of the minutes: the fixture meeting as Markdown and HTML in English and German.
 * A change to the output fails here until the golden files are rewritten on purpose with
 * `UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/domain/minutes-golden.test.ts`
 * and the difference is reviewed. The files end in `.golden` so no formatter touches them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { minutesToHtml } from '../../../renderer/domain/minutes/html';
import { minutesToMarkdown } from '../../../renderer/domain/minutes/markdown';
import { germanSnapshot, minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';

const update = process.env.UPDATE_GOLDEN === '1';

function expectGolden(name: string, actual: string) {
  const path = fileURLToPath(new URL(`./golden/${name}.golden`, import.meta.url));
  if (update || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const cases = [
  { language: 'en', snapshot: minutesSnapshot },
  { language: 'de', snapshot: germanSnapshot },
] as const;

describe.each(cases)('the minutes in $language', ({ language, snapshot }) => {
  const minutes = buildMinutes(snapshot(), { now: NOW, timeZone: TIME_ZONE });

  it('match the Markdown golden file', () => {
    expectGolden(`minutes-${language}.md`, minutesToMarkdown(minutes));
  });

  it('match the HTML golden file', () => {
    expectGolden(`minutes-${language}.html`, minutesToHtml(minutes));
  });
});
