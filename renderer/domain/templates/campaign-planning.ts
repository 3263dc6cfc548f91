/** Built-in template: planning a marketing campaign together with Sales (90 min). */
import type { TemplateSource } from './source';

export const CAMPAIGN_PLANNING: TemplateSource = {
  kind: 'campaign-planning',
  durationMinutes: 90,
  name: {
    en: 'Campaign planning with Sales',
    de: 'Kampagnenplanung mit dem Vertrieb',
  },
  agenda: [
    {
      kind: 'information',
      timeboxMinutes: 5,
      text: {
        en: {
          title: 'Check-in and ground rules',
          description: 'A quick round on expectations for the session, then the ground rules.',
        },
        de: {
          title: 'Ankommen und Spielregeln',
          description: 'Eine kurze Runde zu den Erwartungen an die Sitzung, danach die Spielregeln.',
        },
      },
    },
    {
      kind: 'information',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Campaign goal and target customers',
          description:
            'Marketing presents the draft goal, the customer segments it aims at and the planned timing.',
        },
        de: {
          title: 'Kampagnenziel und Zielkunden',
          description:
            'Das Marketing stellt den Entwurf vor: Ziel, angesprochene Kundensegmente und geplanten Zeitraum.',
        },
      },
    },
    {
      kind: 'discussion',
      timeboxMinutes: 15,
      text: {
        en: {
          title: 'What customers tell Sales',
          description:
            'Sales reports the needs, objections and buying moments it meets in customer conversations that the campaign should speak to.',
        },
        de: {
          title: 'Was Kunden dem Vertrieb sagen',
          description:
            'Der Vertrieb berichtet von Bedürfnissen, Einwänden und Kaufanlässen aus Kundengesprächen, auf die die Kampagne eingehen sollte.',
        },
      },
    },
    {
      kind: 'discussion',
      timeboxMinutes: 15,
      text: {
        en: {
          title: 'Message and offer',
          description:
            'We test the core message and the offer against what a sales rep can credibly say in front of a customer.',
        },
        de: {
          title: 'Botschaft und Angebot',
          description:
            'Wir prüfen Kernbotschaft und Angebot daran, was ein Vertriebsmitarbeiter beim Kunden glaubwürdig vertreten kann.',
        },
      },
    },
    {
      kind: 'discussion',
      timeboxMinutes: 15,
      text: {
        en: {
          title: 'Sales support and lead follow-up',
          description:
            'We agree which material, training and follow-up of campaign leads the sales team needs, and by when.',
        },
        de: {
          title: 'Vertriebsunterstützung und Nachfassen',
          description:
            'Wir vereinbaren, welche Unterlagen, Schulungen und welches Nachfassen der Kampagnenkontakte der Vertrieb bis wann braucht.',
        },
      },
    },
    {
      kind: 'discussion',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Fit for each region',
          description:
            'With the local sales organisations we check which parts of the campaign need adapting to their markets.',
        },
        de: {
          title: 'Passung für die Regionen',
          description:
            'Mit den regionalen Vertriebsorganisationen klären wir, welche Teile der Kampagne an ihre Märkte angepasst werden müssen.',
        },
      },
    },
    {
      kind: 'decision',
      timeboxMinutes: 10,
      text: {
        en: {
          title: 'Plan, shared targets and owners',
          description:
            'We decide the campaign plan, the success measures both sides share and who is accountable for each part.',
        },
        de: {
          title: 'Plan, gemeinsame Ziele und Verantwortliche',
          description:
            'Wir beschließen den Kampagnenplan, die gemeinsamen Erfolgskennzahlen und wer für welchen Teil verantwortlich ist.',
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
            'We read back decisions and action items with owners and due dates and agree when we review the campaign.',
        },
        de: {
          title: 'Beschlüsse, Aufgaben und nächste Schritte',
          description:
            'Wir lesen Beschlüsse und Aufgaben mit Verantwortlichen und Terminen vor und vereinbaren, wann wir die Kampagne auswerten.',
        },
      },
    },
  ],
};
