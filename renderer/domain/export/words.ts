/**
 * The exporters' own words in both languages: column headers, values of enumerations and the
 * labels of calendar entries. The domain may not import renderer/i18n, and an export follows the
 * language chosen for the file rather than the UI's, so the words live here. Values match the
 * UI catalogue (a unit test compares them), so a spreadsheet reads like the screen.
 */
import type { ActionChannel, ActionStatus, DecisionMethod, DecisionStatus, Language, Stance } from '../types';

const en = {
  'decision.number': 'Number',
  'decision.meetingTitle': 'Meeting',
  'decision.meetingDate': 'Meeting date',
  'decision.statement': 'Statement',
  'decision.method': 'Method',
  'decision.status': 'Status',
  'decision.accountable': 'Accountable owner',
  'decision.responsible': 'Responsible',
  'decision.consulted': 'Consulted',
  'decision.informed': 'Informed',
  'decision.scope': 'Scope',
  'decision.dueDate': 'Due date',
  'decision.reviewDate': 'Review date',
  'decision.stanceMarketing': 'Stance of Marketing',
  'decision.stanceSales': 'Stance of Sales',
  'decision.supersedes': 'Supersedes',
  'action.what': 'What',
  'action.owner': 'Owner',
  'action.dueDate': 'Due date',
  'action.channel': 'Channel',
  'action.status': 'Status',
  'action.meetingTitle': 'Meeting',
  'action.meetingDate': 'Meeting date',
  'action.decision': 'Linked decision',
  'scope.global': 'Global',
  'calendar.action': 'Action: {text}',
  'calendar.review': 'Review {number}: {text}',
  'calendar.owner': 'Owner: {name}',
  'calendar.accountable': 'Accountable owner: {name}',
  'calendar.meeting': 'Meeting: {title} ({date})',
};

type WordKey = keyof typeof en;

const de: Record<WordKey, string> = {
  'decision.number': 'Nummer',
  'decision.meetingTitle': 'Besprechung',
  'decision.meetingDate': 'Datum der Besprechung',
  'decision.statement': 'Wortlaut',
  'decision.method': 'Verfahren',
  'decision.status': 'Status',
  'decision.accountable': 'Verantwortlich (Accountable)',
  'decision.responsible': 'Durchführend (Responsible)',
  'decision.consulted': 'Konsultiert (Consulted)',
  'decision.informed': 'Informiert (Informed)',
  'decision.scope': 'Geltungsbereich',
  'decision.dueDate': 'Fällig am',
  'decision.reviewDate': 'Überprüfen am',
  'decision.stanceMarketing': 'Haltung des Marketings',
  'decision.stanceSales': 'Haltung des Vertriebs',
  'decision.supersedes': 'Ersetzt',
  'action.what': 'Was',
  'action.owner': 'Verantwortlich',
  'action.dueDate': 'Fällig am',
  'action.channel': 'Weg',
  'action.status': 'Status',
  'action.meetingTitle': 'Besprechung',
  'action.meetingDate': 'Datum der Besprechung',
  'action.decision': 'Zugehörige Entscheidung',
  'scope.global': 'Global',
  'calendar.action': 'Aufgabe: {text}',
  'calendar.review': 'Überprüfung {number}: {text}',
  'calendar.owner': 'Verantwortlich: {name}',
  'calendar.accountable': 'Verantwortlich (Accountable): {name}',
  'calendar.meeting': 'Besprechung: {title} ({date})',
};

const WORDS: Record<Language, Record<WordKey, string>> = { en, de };

/** The word for `key` in `language`, with `{name}` placeholders filled from `values`. */
export function word(language: Language, key: WordKey, values: Record<string, string> = {}): string {
  return WORDS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Values of the enumerations, worded as the UI catalogue words them. */
export const VALUE_WORDS: Record<
  Language,
  {
    method: Record<DecisionMethod, string>;
    decisionStatus: Record<DecisionStatus, string>;
    stance: Record<Stance, string>;
    channel: Record<ActionChannel, string>;
    actionStatus: Record<ActionStatus, string>;
  }
> = {
  en: {
    method: {
      consensus: 'Consensus',
      consent: 'Consent',
      majority: 'Majority',
      delegated: 'Delegated',
      'management-call': 'Management call',
    },
    decisionStatus: {
      proposed: 'Proposed',
      decided: 'Decided',
      superseded: 'Superseded',
      revoked: 'Revoked',
    },
    stance: { agree: 'Agree', 'agree-with-reservations': 'Agree with reservations', object: 'Object' },
    channel: { 'in-person': 'In person', call: 'Call', email: 'Email', document: 'Document' },
    actionStatus: { open: 'Open', done: 'Done', dropped: 'Dropped' },
  },
  de: {
    method: {
      consensus: 'Konsens',
      consent: 'Konsent',
      majority: 'Mehrheit',
      delegated: 'Delegiert',
      'management-call': 'Entscheidung der Leitung',
    },
    decisionStatus: {
      proposed: 'Vorgeschlagen',
      decided: 'Beschlossen',
      superseded: 'Ersetzt',
      revoked: 'Widerrufen',
    },
    stance: { agree: 'Zustimmung', 'agree-with-reservations': 'Zustimmung mit Vorbehalt', object: 'Einwand' },
    channel: { 'in-person': 'Persönlich', call: 'Anruf', email: 'E-Mail', document: 'Dokument' },
    actionStatus: { open: 'Offen', done: 'Erledigt', dropped: 'Verworfen' },
  },
};
