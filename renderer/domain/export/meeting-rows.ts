/**
 * The register rows (renderer/domain/export/rows.ts) of one meeting, taken from its minutes
 * snapshot, so the Export minutes dialog can write the CSV and ICS files of the meeting it shows.
 * Parties are named as the minutes name them, built-in departments in the chosen language.
 * Decisions come in register order (D-1, D-2, …), action items in the order they were added.
 */
import { live } from '../minutes/context';
import { names } from '../minutes/names';
import type { MeetingSnapshot } from '../minutes/snapshot';
import type { Id, Language } from '../types';
import {
  actionRow,
  decisionRow,
  type ActionItemRow,
  type DecisionRegisterRow,
  type RowLookups,
} from './rows';

/** The decisions and action items of the snapshot's meeting, joined for export. */
export interface MeetingRegisterRows {
  decisions: DecisionRegisterRow[];
  actions: ActionItemRow[];
}

/** The rows of the snapshot's meeting; names of departments follow `language`. */
export function meetingRegisterRows(snapshot: MeetingSnapshot, language: Language): MeetingRegisterRows {
  const people = new Map<Id, string>(snapshot.people.map((person) => [person.id, person.name]));
  for (const { person } of snapshot.participants) if (person) people.set(person.id, person.name);
  const numbers = new Map<Id, number>(
    [...snapshot.supersededDecisions, ...snapshot.decisions].map((decision) => [
      decision.id,
      decision.number,
    ]),
  );
  const { meeting } = snapshot;
  const lookups: RowLookups = {
    meeting: (meetingId) => (meetingId === meeting.id ? meeting : undefined),
    personName: (personId) => people.get(personId),
    partyName: names(snapshot, language).party,
    decisionNumber: (decisionId) => numbers.get(decisionId),
  };
  return {
    decisions: live(snapshot.decisions)
      .sort((a, b) => a.number - b.number)
      .map((decision) => decisionRow(decision, lookups)),
    actions: live(snapshot.actionItems)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((item) => actionRow(item, lookups)),
  };
}
