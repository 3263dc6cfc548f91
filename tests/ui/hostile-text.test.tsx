/**
 * The screens show hostile text as text. Meetings whose every text field holds a script or markup
 * payload, formulas, right-to-left and zero-width characters, emoji or 10,000 characters
 * (tests/hostile-text.ts) are imported through the exchange repository, then each screen is opened:
 * the payload's words are on screen, and no element or attribute of a payload is in the DOM — no
 * script, frame, object, event handler, javascript: link or image of a payload.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exportMeetingJson, parseExchange } from '../../renderer/domain/exchange/format';
import { hostile, PWNED_FLAG, SCRIPT_PAYLOADS, SHORT_PAYLOADS } from '../hostile-text';
import { sampleMeeting } from '../unit/domain/exchange-fixture';
import { renderApp } from './render-app';

/** Elements and attributes that only a payload could have put into the page. */
function injected(): string[] {
  const found = [
    ...document.querySelectorAll('script, iframe, object, embed, frame, details, base'),
    ...document.querySelectorAll('a[href^="javascript" i], img[src="x"], [srcdoc]'),
  ].map((element) => element.outerHTML.slice(0, 80));
  for (const element of document.querySelectorAll('*')) {
    for (const name of element.getAttributeNames())
      if (name.startsWith('on')) found.push(`${name} on ${element.tagName}`);
  }
  return found;
}

async function hostileWorkspace(count: number) {
  const view = renderApp();
  const ids: string[] = [];
  for (let offset = 0; offset < count; offset++) {
    const parsed = parseExchange(
      exportMeetingJson(hostile(sampleMeeting(), offset), '2026-12-02T08:00:00.000Z'),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    ids.push((await view.workspace.exchange.importMeeting(parsed.value, 'copy')).meetingId);
  }
  return { ...view, ids };
}

const titleOf = (offset: number) => SHORT_PAYLOADS[offset % SHORT_PAYLOADS.length] ?? '';
/** What a screen shows of a title: Testing Library folds whitespace, so one line of it. */
const visible = (text: string) =>
  text
    .split(/[\r\n\t]/)
    .find((line) => line.trim() !== '')
    ?.trim() ?? '';

describe('hostile text on screen', () => {
  it('the meetings list shows every hostile title as text', async () => {
    await hostileWorkspace(SCRIPT_PAYLOADS.length);
    for (let offset = 0; offset < SCRIPT_PAYLOADS.length; offset++) {
      expect(await screen.findAllByText(visible(titleOf(offset)), { exact: false })).not.toHaveLength(0);
    }
    expect(injected()).toEqual([]);
  });

  it.each(['prepare', 'run', 'audience'] as const)(
    'the %s screen shows hostile records as text and injects nothing',
    async (name) => {
      const { ids } = await hostileWorkspace(3);
      for (const [offset, id] of ids.entries()) {
        window.location.hash = `#/${name}/${id}`;
        await screen.findAllByText(visible(titleOf(offset)), { exact: false });
        expect(injected()).toEqual([]);
        expect((window as unknown as Record<string, unknown>)[PWNED_FLAG]).toBeUndefined();
      }
    },
  );

  it.each(['register', 'people', 'definitions'] as const)(
    'the %s screen shows hostile records as text and injects nothing',
    async (name) => {
      await hostileWorkspace(2);
      window.location.hash = `#/${name}`;
      await waitFor(() => expect(document.body.textContent).toContain('window.__tandemPwned='));
      expect(injected()).toEqual([]);
    },
  );
});
