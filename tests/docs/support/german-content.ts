/**
 * The minutes fixture's own text in German, for the German documentation screenshots: the unit
 * tests keep the fixture's English content (their German golden files test the minutes' words),
 * but a German screenshot shows what a German team would have typed. Names of people and org
 * units stay as they are.
 */
import type { MeetingSnapshot } from '../../../renderer/domain/minutes/snapshot';

const GERMAN: Readonly<Record<string, string>> = {
  'Quarterly strategy Q1': 'Quartalsstrategie Q1',
  'Agree the Q1 campaign focus and the lead handover rules':
    'Schwerpunkt der Q1-Kampagne und Regeln der Lead-Übergabe vereinbaren',
  'Room Atlas, Munich': 'Raum Atlas, München',
  'Facts before opinions': 'Fakten vor Meinungen',
  'Market update Iberia': 'Marktlage Iberia',
  'Demand in Spain up 12 % year on year.\nPortugal flat.':
    'Nachfrage in Spanien 12 % über Vorjahr.\nPortugal unverändert.',
  'Lead handover rules': 'Regeln der Lead-Übergabe',
  'Handover within 48 hours agreed in principle.': 'Übergabe binnen 48 Stunden grundsätzlich vereinbart.',
  'Trade fair budget': 'Messebudget',
  'Q1 campaign focus': 'Schwerpunkt der Q1-Kampagne',
  'Which segment leads the Q1 campaign': 'Welches Segment führt die Q1-Kampagne an',
  'Mid-market, where the brand is weakest': 'Mittelstand, wo die Marke am schwächsten ist',
  'Enterprise, where the pipeline is': 'Großkunden, wo die Pipeline ist',
  'Enterprise first, mid-market in Q2': 'Zuerst Großkunden, Mittelstand in Q2',
  'Sales never reads the campaign briefs': 'Der Vertrieb liest die Kampagnenbriefings nie',
  'What must a campaign brief contain so that Sales can use it?':
    'Was muss ein Kampagnenbriefing enthalten, damit der Vertrieb damit arbeiten kann?',
  'Personal remark about a colleague': 'Persönliche Bemerkung über einen Kollegen',
  'The Q1 campaign targets enterprise accounts first': 'Die Q1-Kampagne zielt zuerst auf Großkunden',
  'The pipeline is there; mid-market follows in Q2.': 'Dort ist die Pipeline; der Mittelstand folgt in Q2.',
  'Mid-market first; both at once': 'Zuerst Mittelstand; beides zugleich',
  'Qualified leads are handed over within 48 hours': 'Qualifizierte Leads werden binnen 48 Stunden übergeben',
  'Leads are handed over weekly': 'Leads werden wöchentlich übergeben',
  'Draft the enterprise campaign brief with Sales input':
    'Briefing der Großkunden-Kampagne mit Input des Vertriebs entwerfen',
  'Send the handover checklist to all regions': 'Checkliste zur Übergabe an alle Regionen senden',
  'Find out the lead volume of Portugal': 'Lead-Volumen in Portugal ermitteln',
  'Enterprise pipeline in Iberia: 2.4 M EUR': 'Großkunden-Pipeline in Iberia: 2,4 Mio. EUR',
  'Brand awareness in mid-market: 31 %': 'Markenbekanntheit im Mittelstand: 31 %',
  'How many leads does Portugal generate per month?': 'Wie viele Leads erzeugt Portugal pro Monat?',
  'Which CRM field marks a qualified lead?': 'Welches CRM-Feld kennzeichnet einen qualifizierten Lead?',
  'Lead status "SQL"': 'Lead-Status „SQL“',
  'Partner channel strategy': 'Strategie für den Partnerkanal',
  'Qualified lead': 'Qualifizierter Lead',
  'A lead with budget, need and a named contact, confirmed by Sales.':
    'Ein Lead mit Budget, Bedarf und benannter Ansprechperson, vom Vertrieb bestätigt.',
};

/** `snapshot` with every text of the fixture that has a German version replaced by it. */
export function withGermanContent(snapshot: MeetingSnapshot): MeetingSnapshot {
  return JSON.parse(JSON.stringify(snapshot), (_key, value: unknown) =>
    typeof value === 'string' ? (GERMAN[value] ?? value) : value,
  ) as MeetingSnapshot;
}
