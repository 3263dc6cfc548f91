// The committed JSON Schema of the exchange format is generated from the zod schemas; this test fails
// when the two drift apart. `UPDATE_SCHEMA=1 npx vitest run --project unit exchange-schema` rewrites it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { meetingFileSchema } from '../../../renderer/domain/exchange/schemas';

const SCHEMA_PATH = fileURLToPath(new URL('../../../docs/exchange-format.schema.json', import.meta.url));

/** The schema as the repository keeps it: formatted by Prettier, so `format:check` passes too. */
async function generated(): Promise<string> {
  const schema = z.toJSONSchema(meetingFileSchema, { io: 'input' });
  const documented = {
    ...schema,
    title: 'Tandem meeting file (tandem.meeting, version 1)',
    description:
      'One meeting and everything that belongs to it, as exported by Tandem. See docs/exchange-format.md. ' +
      'Checks a schema cannot express (real calendar dates, cross-references) are made by the app on import.',
  };
  const options = await resolveConfig(SCHEMA_PATH);
  return format(JSON.stringify(documented), { ...options, parser: 'json' });
}

describe('the JSON Schema of the exchange format', () => {
  it('is the one generated from the zod schemas', async () => {
    const fresh = await generated();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_PATH, fresh);
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(fresh);
  });
});
