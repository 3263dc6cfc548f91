import { describe, expect, it } from 'vitest';
import {
  checkGroundRule,
  DEFAULT_GROUND_RULES,
  MAX_GROUND_RULE_LENGTH,
} from '../../../renderer/domain/ground-rules';

describe('default ground rules', () => {
  it('has the same five rules in English and German', () => {
    expect(DEFAULT_GROUND_RULES.en).toHaveLength(5);
    expect(DEFAULT_GROUND_RULES.de).toHaveLength(5);
  });

  it('passes its own check in both languages, and no German rule repeats the English one', () => {
    for (const language of ['en', 'de'] as const) {
      for (const rule of DEFAULT_GROUND_RULES[language]) {
        expect(checkGroundRule(rule)).toEqual({ ok: true, value: rule });
      }
    }
    DEFAULT_GROUND_RULES.de.forEach((rule, index) => expect(rule).not.toBe(DEFAULT_GROUND_RULES.en[index]));
  });

  it('keeps friction on the content level: the first rule is about the matter, not the person', () => {
    expect(DEFAULT_GROUND_RULES.en[0]).toMatch(/matter.*person/);
    expect(DEFAULT_GROUND_RULES.de[0]).toMatch(/Sache.*Person/);
  });
});

describe('checking a ground rule', () => {
  it('trims and collapses white space', () => {
    expect(checkGroundRule('  Say it,\n  do not   mail it. ')).toEqual({
      ok: true,
      value: 'Say it, do not mail it.',
    });
  });

  it('refuses an empty or blank rule', () => {
    for (const raw of ['', '   ', '\n\t']) {
      expect(checkGroundRule(raw)).toEqual({ ok: false, error: 'rule-empty' });
    }
  });

  it('accepts a rule at the limit and refuses one past it', () => {
    expect(checkGroundRule('x'.repeat(MAX_GROUND_RULE_LENGTH)).ok).toBe(true);
    expect(checkGroundRule('x'.repeat(MAX_GROUND_RULE_LENGTH + 1))).toEqual({
      ok: false,
      error: 'rule-too-long',
    });
  });
});
