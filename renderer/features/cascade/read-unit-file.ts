/**
 * Reading a unit response file the user picked, from its bytes to the answers to write: a file too
 * large is refused before it is read, the text is decoded as a meeting file is (byte order mark,
 * UTF-16), checked completely (domain/cascade-file.ts) and then against this workspace's rows.
 * Nothing is written here. Loaded with the first file, so zod is not part of the Register's chunk.
 */
import {
  checkUnitFileReferences,
  MAX_UNIT_FILE_CHARS,
  parseUnitResponseFile,
  type UnitFileAnswers,
  type UnitFileError,
} from '../../domain/cascade-file';
import { decodeText } from '../../domain/exchange/read-file';
import type { TandemDatabase } from '../../data/database';
import { readAskingRows } from '../../data/queries/cascade';

export { unitFileName, writeUnitResponseFile } from '../../domain/cascade-file';

export type UnitFileCheck = { ok: true; value: UnitFileAnswers } | { ok: false; errors: UnitFileError[] };

export async function readUnitFile(db: TandemDatabase, file: Blob): Promise<UnitFileCheck> {
  if (file.size > MAX_UNIT_FILE_CHARS * 4)
    return {
      ok: false,
      errors: [{ code: 'too-large', path: '', detail: String(MAX_UNIT_FILE_CHARS / 1024 / 1024) }],
    };
  const parsed = parseUnitResponseFile(decodeText(new Uint8Array(await file.arrayBuffer())));
  if (!parsed.ok) return parsed;
  return checkUnitFileReferences(parsed.value, await readAskingRows(db));
}
