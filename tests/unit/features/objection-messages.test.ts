import { describe, expect, it } from 'vitest';
import { objectionMessage, refusalMessage } from '../../../renderer/features/decisions/labels';
import type { Side } from '../../../renderer/domain/decisions';
import { translate, type Language } from '../../../renderer/i18n/language';
import type { Translate } from '../../../renderer/i18n/react';

const tIn =
  (language: Language): Translate =>
  (key, values) =>
    translate(language, key, values);

function messages(language: Language, sides: Side[]) {
  const t = tIn(language);
  const nameOf = (id: string) =>
    t(id === 'sales' ? 'people.department.sales' : 'people.department.marketing');
  return {
    title: objectionMessage(t, nameOf, 'decisions.objection.title', sides, 'D-2'),
    saved: objectionMessage(t, nameOf, 'decisions.savedProposed.objection', sides, 'D-2'),
    unconfirmed: objectionMessage(t, nameOf, 'decisions.objection.unconfirmed', sides, 'D-2'),
    refusal: refusalMessage(t, nameOf, { number: 2 }, { code: 'objection-unconfirmed', sides }),
  };
}

describe('objection messages agree with the number of objecting sides', () => {
  it('English: one side objects, two sides object', () => {
    expect(messages('en', ['sales'])).toEqual({
      title: 'Sales objects to D-2',
      saved: 'D-2 is saved as proposed because Sales objects. Mark it decided only with a confirmation.',
      unconfirmed: 'Confirm that Sales is overruled, or leave the decision proposed.',
      refusal: 'Sales objects to D-2; it is not marked decided.',
    });
    expect(messages('en', ['marketing', 'sales'])).toEqual({
      title: 'Marketing and Sales object to D-2',
      saved:
        'D-2 is saved as proposed because Marketing and Sales object. Mark it decided only with a confirmation.',
      unconfirmed: 'Confirm that Marketing and Sales are overruled, or leave the decision proposed.',
      refusal: 'Marketing and Sales object to D-2; it is not marked decided.',
    });
  });

  it('German: eine Seite erhebt, zwei Seiten erheben Einwand', () => {
    expect(messages('de', ['sales'])).toEqual({
      title: 'Vertrieb erhebt Einwand gegen D-2',
      saved:
        'D-2 ist als Vorschlag gespeichert, weil Vertrieb Einwand erhebt. Beschließen nur mit Bestätigung.',
      unconfirmed:
        'Bitte bestätigen, dass der Einwand (Vertrieb) übergangen wird, oder den Vorschlag stehen lassen.',
      refusal: 'Vertrieb erhebt Einwand gegen D-2; die Entscheidung wird nicht als beschlossen markiert.',
    });
    expect(messages('de', ['marketing', 'sales'])).toEqual({
      title: 'Marketing und Vertrieb erheben Einwand gegen D-2',
      saved:
        'D-2 ist als Vorschlag gespeichert, weil Marketing und Vertrieb Einwand erheben. Beschließen nur mit Bestätigung.',
      unconfirmed:
        'Bitte bestätigen, dass die Einwände (Marketing und Vertrieb) übergangen werden, oder den Vorschlag stehen lassen.',
      refusal:
        'Marketing und Vertrieb erheben Einwand gegen D-2; die Entscheidung wird nicht als beschlossen markiert.',
    });
  });
});
