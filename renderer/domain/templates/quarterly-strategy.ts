/** Built-in template: the quarterly strategy session Marketing and Sales hold together (2 h). */
import type { TemplateSource } from './source';

export const QUARTERLY_STRATEGY: TemplateSource = {
  kind: 'quarterly-strategy',
  durationMinutes: 120,
  name: {
    en: 'Quarterly joint strategy session',
    de: 'Gemeinsame Quartalsstrategie Marketing und Vertrieb',
  },
  agenda: [
    {
      kind: 'information',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Check-in and ground rules',
          description:
            'Each person names in one sentence what they need from today; then we read the ground rules aloud.',
        },
        de: {
          title: 'Ankommen und Spielregeln',
          description:
            'Jede Person sagt in einem Satz, was sie heute braucht; danach lesen wir die Spielregeln vor.',
        },
      },
    },
    {
      kind: 'information',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Last quarter: decisions and open actions',
          description:
            'Owners report briefly where the decisions and action items of the last session stand.',
        },
        de: {
          title: 'Rückblick: Beschlüsse und offene Aufgaben',
          description:
            'Die Verantwortlichen berichten kurz, wo die Beschlüsse und Aufgaben der letzten Runde stehen.',
        },
      },
    },
    {
      kind: 'information',
      timeboxMinutes: 15,
      text: {
        en: {
          title: 'One picture of the market',
          description:
            'Marketing and Sales each bring their three key observations on customers, competitors and demand, based on the same figures.',
        },
        de: {
          title: 'Ein gemeinsames Marktbild',
          description:
            'Marketing und Vertrieb bringen je ihre drei wichtigsten Beobachtungen zu Kunden, Wettbewerb und Nachfrage mit, auf Basis derselben Zahlen.',
        },
      },
    },
    {
      kind: 'discussion',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Knowledge gaps and open questions',
          description:
            'We list what one side knows about markets or products and the other does not, and who will close each gap.',
        },
        de: {
          title: 'Wissenslücken und offene Fragen',
          description:
            'Wir sammeln, was eine Seite über Märkte oder Produkte weiß und die andere nicht, und wer jede Lücke schließt.',
        },
      },
    },
    {
      kind: 'discussion',
      timeboxMinutes: 25,
      text: {
        en: {
          title: 'Priorities for the coming quarter',
          description:
            'Both sides put forward priorities, and we work through the differences on the content level until the options are clear.',
        },
        de: {
          title: 'Schwerpunkte für das kommende Quartal',
          description:
            'Beide Seiten schlagen Schwerpunkte vor, und wir klären die Unterschiede auf der Sachebene, bis die Optionen feststehen.',
        },
      },
    },
    {
      kind: 'decision',
      timeboxMinutes: 20,
      text: {
        en: {
          title: 'Decide priorities and targets',
          description:
            'We agree on the top priorities, the targets that measure them and one accountable owner for each.',
        },
        de: {
          title: 'Schwerpunkte und Ziele beschließen',
          description:
            'Wir einigen uns auf die wichtigsten Schwerpunkte, messbare Ziele dazu und je eine verantwortliche Person.',
        },
      },
    },
    {
      kind: 'decision',
      timeboxMinutes: 15,
      text: {
        en: {
          title: 'Who does what, centrally and locally',
          description:
            'We settle how central marketing and the local sales organisations share the work and coordinate on each priority.',
        },
        de: {
          title: 'Zuständigkeiten zentral und regional',
          description:
            'Wir legen fest, wie zentrales Marketing und regionale Vertriebsorganisationen die Arbeit je Schwerpunkt aufteilen und sich abstimmen.',
        },
      },
    },
    {
      kind: 'information',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Decisions, actions and next steps',
          description:
            'We read back every decision and action item with owner and due date and fix the date of the next session.',
        },
        de: {
          title: 'Beschlüsse, Aufgaben und nächste Schritte',
          description:
            'Wir lesen alle Beschlüsse und Aufgaben mit Verantwortlichen und Termin vor und legen den nächsten Termin fest.',
        },
      },
    },
  ],
};
