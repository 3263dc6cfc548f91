/** Built-in template: agreeing what a lead is and how Marketing hands it over to Sales (90 min). */
import type { TemplateSource } from './source';

export const LEAD_HANDOVER: TemplateSource = {
  kind: 'lead-handover',
  durationMinutes: 90,
  name: {
    en: 'Lead definitions and hand-over to Sales',
    de: 'Lead-Definitionen und Übergabe an den Vertrieb',
  },
  agenda: [
    {
      kind: 'information',
      timeboxMinutes: 5,
      text: {
        en: {
          title: 'Check-in and ground rules',
          description:
            'A quick round on how each side experiences the hand-over today, then the ground rules.',
        },
        de: {
          title: 'Ankommen und Spielregeln',
          description:
            'Eine kurze Runde dazu, wie jede Seite die Übergabe heute erlebt, danach die Spielregeln.',
        },
      },
    },
    {
      kind: 'discussion',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Review agreements',
          description:
            'Each side says whether it kept what it gives in our agreements: kept, partly kept or broken, with the figure reached.',
        },
        de: {
          title: 'Vereinbarungen prüfen',
          description:
            'Jede Seite sagt, ob sie eingehalten hat, was sie in unseren Vereinbarungen gibt: eingehalten, teilweise oder nicht eingehalten, mit dem erreichten Wert.',
        },
      },
    },
    {
      kind: 'information',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'The lead funnel in numbers',
          description:
            'We look together at lead volumes, conversion rates and follow-up times from the one shared system.',
        },
        de: {
          title: 'Der Lead-Trichter in Zahlen',
          description:
            'Wir sehen uns gemeinsam Lead-Mengen, Umwandlungsraten und Reaktionszeiten aus dem gemeinsamen System an.',
        },
      },
    },
    {
      kind: 'discussion',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Recent leads through the eyes of Sales',
          description:
            'Sales shows with examples which leads were worth following and which were not, talking about the leads, not about who passed them on.',
        },
        de: {
          title: 'Aktuelle Leads aus Sicht des Vertriebs',
          description:
            'Der Vertrieb zeigt an Beispielen, welche Leads sich gelohnt haben und welche nicht, und spricht dabei über die Leads, nicht über die Personen.',
        },
      },
    },
    {
      kind: 'decision',
      timeboxMinutes: 15,
      text: {
        en: {
          title: 'Define a marketing-qualified lead',
          description: 'We agree on the criteria a lead must meet before Marketing passes it to Sales.',
        },
        de: {
          title: 'Marketing-qualifizierten Lead definieren',
          description:
            'Wir einigen uns auf die Kriterien, die ein Lead erfüllen muss, bevor das Marketing ihn an den Vertrieb gibt.',
        },
      },
    },
    {
      kind: 'decision',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Define a sales-accepted lead',
          description:
            'We agree what Sales checks when it accepts a lead and for which reasons it may send one back.',
        },
        de: {
          title: 'Vom Vertrieb akzeptierten Lead definieren',
          description:
            'Wir legen fest, was der Vertrieb bei der Annahme eines Leads prüft und aus welchen Gründen er ihn zurückgeben darf.',
        },
      },
    },
    {
      kind: 'decision',
      timeboxMinutes: 15,
      text: {
        en: {
          title: 'Hand-over process and response times',
          description:
            'We settle how a lead moves from Marketing to Sales, who owns it at each step and how fast Sales follows up.',
        },
        de: {
          title: 'Übergabeprozess und Reaktionszeiten',
          description:
            'Wir regeln, wie ein Lead vom Marketing zum Vertrieb wandert, wem er in jedem Schritt gehört und wie schnell der Vertrieb reagiert.',
        },
      },
    },
    {
      kind: 'discussion',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Feedback loop and shared reporting',
          description:
            'We agree how Sales reports the outcome of each lead and when both sides review the figures together.',
        },
        de: {
          title: 'Rückmeldung und gemeinsames Reporting',
          description:
            'Wir vereinbaren, wie der Vertrieb das Ergebnis jedes Leads zurückmeldet und wann beide Seiten die Zahlen gemeinsam prüfen.',
        },
      },
    },
    {
      kind: 'information',
      timeboxMinutes: 5,
      text: {
        en: {
          title: 'Decisions, actions and next steps',
          description:
            'We read back the agreed definitions, decisions and action items with owners and due dates.',
        },
        de: {
          title: 'Beschlüsse, Aufgaben und nächste Schritte',
          description:
            'Wir lesen die vereinbarten Definitionen, Beschlüsse und Aufgaben mit Verantwortlichen und Terminen vor.',
        },
      },
    },
  ],
};
