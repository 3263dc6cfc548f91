// Reading a picked file from its bytes: the size limit before reading, and the text decoded by its
// byte order mark, as Windows editors save "Unicode" (UTF-16) or UTF-8 with a mark.
import { describe, expect, it } from 'vitest';
import { exportMeetingJson } from '../../../renderer/domain/exchange/format';
import { MAX_EXCHANGE_BYTES, readMeetingFile } from '../../../renderer/domain/exchange/read-file';
import { sampleMeeting } from './exchange-fixture';

const TEXT = exportMeetingJson(sampleMeeting(), '2026-12-02T08:00:00.000Z');

function utf16(text: string, mark: number[], littleEndian: boolean): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(mark.length + text.length * 2);
  bytes.set(mark);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(mark.length + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('reading a picked meeting file', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT)],
    ['UTF-8 with a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])],
    ['UTF-16 little-endian', utf16(TEXT, [0xff, 0xfe], true)],
    ['UTF-16 big-endian', utf16(TEXT, [0xfe, 0xff], false)],
  ])('reads %s', async (_name, bytes) => {
    const result = await readMeetingFile(new Blob([bytes]));
    expect(result.ok && result.value.meeting.title).toBe('Q1 joint strategy');
  });

  it('refuses bytes that are no text as invalid JSON', async () => {
    const result = await readMeetingFile(new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x80, 0x7d])]));
    expect(result).toEqual({ ok: false, errors: [{ code: 'invalid-json', path: '' }] });
  });

  it('refuses a file over the byte limit without reading it', async () => {
    const huge = { size: MAX_EXCHANGE_BYTES + 1 } as Blob;
    // A Blob whose bytes would throw if read: only its size may be looked at.
    Object.defineProperty(huge, 'arrayBuffer', { value: () => Promise.reject(new Error('read')) });
    expect(await readMeetingFile(huge)).toEqual({
      ok: false,
      errors: [{ code: 'too-large', path: '', detail: '50' }],
    });
  });
});
