/** Built-in template: aligning prices, discounts and the offer between Marketing and Sales (90 min). */
import type { TemplateSource } from './source';

export const PRICE_OFFER: TemplateSource = {
  kind: 'price-offer',
  durationMinutes: 90,
  name: {
    en: 'Price and offer alignment',
    de: 'Abstimmung zu Preisen und Angeboten',
  },
  agenda: [
    {
      kind: 'information',
      timeboxMinutes: 5,
      text: {
        en: {
          title: 'Check-in and ground rules',
          description: 'A short round on what each side hopes to settle today, then the ground rules.',
        },
        de: {
          title: 'Ankommen und Spielregeln',
          description: 'Eine kurze Runde dazu, was jede Seite heute klären möchte, danach die Spielregeln.',
        },
      },
    },
    {
      kind: 'information',
      timeboxMinutes: 15,
      text: {
        en: {
          title: 'Facts first: prices, margins, wins and losses',
          description:
            'We put the same figures on the table for everyone: list and achieved prices, margins and recent won and lost deals.',
        },
        de: {
          title: 'Erst die Fakten: Preise, Margen, Abschlüsse',
          description:
            'Alle sehen dieselben Zahlen: Listen- und erzielte Preise, Margen sowie zuletzt gewonnene und verlorene Aufträge.',
        },
      },
    },
    {
      kind: 'information',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Competitor prices and customer feedback',
          description:
            'Sales and Marketing share what they know about competing offers and how customers react to our prices.',
        },
        de: {
          title: 'Wettbewerbspreise und Kundenreaktionen',
          description:
            'Vertrieb und Marketing teilen ihr Wissen über Angebote der Wettbewerber und darüber, wie Kunden auf unsere Preise reagieren.',
        },
      },
    },
    {
      kind: 'discussion',
      timeboxMinutes: 15,
      text: {
        en: {
          title: 'Discounts and price exceptions',
          description:
            'We look at where discounts are granted, for what reasons and at what cost, without judging single deals or people.',
        },
        de: {
          title: 'Rabatte und Preisausnahmen',
          description:
            'Wir schauen, wo Rabatte gewährt werden, aus welchen Gründen und zu welchen Kosten, ohne einzelne Abschlüsse oder Personen zu bewerten.',
        },
      },
    },
    {
      kind: 'discussion',
      timeboxMinutes: 15,
      text: {
        en: {
          title: 'Offer structure and bundles',
          description:
            'We discuss packages, options and terms that would make the offer easier to sell and more profitable.',
        },
        de: {
          title: 'Angebotsstruktur und Pakete',
          description:
            'Wir besprechen Pakete, Optionen und Konditionen, die das Angebot leichter verkäuflich und profitabler machen.',
        },
      },
    },
    {
      kind: 'decision',
      timeboxMinutes: 15,
      text: {
        en: {
          title: 'Pricing guidelines and approval limits',
          description:
            'We decide the pricing guidelines, the discount bands and who may approve an exception up to which level.',
        },
        de: {
          title: 'Preisrichtlinien und Freigabegrenzen',
          description:
            'Wir beschließen Preisrichtlinien, Rabattstaffeln und wer Ausnahmen bis zu welcher Höhe freigeben darf.',
        },
      },
    },
    {
      kind: 'discussion',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Rollout to regions and sales teams',
          description:
            'We agree how and when the local sales organisations learn about the changes and what they may adapt locally.',
        },
        de: {
          title: 'Einführung in Regionen und Vertriebsteams',
          description:
            'Wir vereinbaren, wie und wann die regionalen Vertriebsorganisationen von den Änderungen erfahren und was sie vor Ort anpassen dürfen.',
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
            'We read back decisions and action items with owners and due dates and set a date to review the effect.',
        },
        de: {
          title: 'Beschlüsse, Aufgaben und nächste Schritte',
          description:
            'Wir lesen Beschlüsse und Aufgaben mit Verantwortlichen und Terminen vor und legen fest, wann wir die Wirkung prüfen.',
        },
      },
    },
  ],
};
