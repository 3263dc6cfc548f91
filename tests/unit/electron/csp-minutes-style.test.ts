import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, MINUTES_STYLE_HASH } from '../../../electron/shared/csp';
import { minutesToHtml } from '../../../renderer/domain/minutes/html';

/** The text of every inline `<style>` element of a document. */
function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
}

const styleSrc = () =>
  CONTENT_SECURITY_POLICY.split('; ')
    .find((directive) => directive.startsWith('style-src '))
    ?.split(' ')
    .slice(1);

describe("the app's CSP and the minutes' stylesheet", () => {
  const html = minutesToHtml({ language: 'de', title: 'Protokoll: Q1', generated: 'heute', sections: [] });

  it('admits the one inline stylesheet of the minutes by its hash, so the preview and the print frame are styled', () => {
    const styles = inlineStyles(html);
    expect(styles).toHaveLength(1);
    const hash = `'sha256-${createHash('sha256')
      .update(styles[0] ?? '', 'utf8')
      .digest('base64')}'`;
    // When this fails, the minutes' CSS changed: copy the new hash into electron/shared/csp.ts.
    expect(MINUTES_STYLE_HASH).toBe(hash);
    expect(styleSrc()).toEqual(["'self'", hash]);
  });

  it('admits no other inline style and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  });
});
