import { describe, expect, it } from 'vitest';
import { exportMeetingJson, parseExchange } from '../../../renderer/domain/exchange/format';
import { builtInTemplateId } from '../../../renderer/domain/templates';
import { sampleMeeting } from './exchange-fixture';

const NOW = '2026-12-01T11:00:00.000Z';

function withTemplate(templateId: string) {
  const records = sampleMeeting();
  records.meeting.templateId = templateId;
  return parseExchange(exportMeetingJson(records, NOW));
}

describe('the template of an exported meeting', () => {
  it('may be a built-in template, so a meeting made from one can be imported again (and restored)', () => {
    const result = withTemplate(builtInTemplateId('price-offer', 'en'));
    expect(result.ok && result.value.meeting.templateId).toBe('builtin:price-offer:en');
  });

  it.each(['builtin:../../x:en', 'builtin:price-offer:fr', 'built in', 'builtin:Price:en'])(
    'is refused when it is %j',
    (templateId) => {
      expect(withTemplate(templateId)).toMatchObject({
        ok: false,
        errors: [{ code: 'invalid-value', path: 'meeting.templateId' }],
      });
    },
  );
});
