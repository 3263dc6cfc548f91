/**
 * Builds the minutes of one meeting from one plain snapshot of the meeting, in the meeting's language
 * (docs/minutes.md). The result is a format-free model that the
 * Markdown and HTML writers (and later DOCX) lay out. Pure: `now` is an option, nothing is read.
 */
import { formatter } from './format';
import type { BuildContext, MinutesOptions } from './context';
import { cascadeSection } from './cascade-section';
import { conflictSection } from './conflict-log';
import {
  collaborationSection,
  definitionsSection,
  indicatorDefinitionsSection,
  knowledgeSection,
  nextMeetingSection,
  parkingLotSection,
} from './closing-sections';
import { agendaSection, headerSection, participantsSection } from './meeting-sections';
import { estimatedLines, LONG_MINUTES_LINES, type Minutes, type Section } from './model';
import { names } from './names';
import { mirrorSection } from './mirror-section';
import { ledgerSection } from './ledger-section';
import { actionsSection, decisionsSection } from './register-sections';
import { roundsSection } from './rounds-section';
import { summarySection } from './summary-section';
import type { MeetingSnapshot } from './snapshot';
import { votesSection } from './votes-section';
import { word } from './words';

export type { MinutesOptions };

/** The minutes of the snapshot's meeting, in its language unless `options.language` says otherwise. */
export function buildMinutes(snapshot: MeetingSnapshot, options: MinutesOptions): Minutes {
  const language = options.language ?? snapshot.meeting.language;
  const f = formatter(language, options.timeZone);
  const ctx: BuildContext = {
    snapshot,
    language,
    anonymousRelationship: options.anonymousRelationship ?? true,
    includeNotes: options.includeNotes ?? true,
    now: options.now,
    w: (key, values) => word(language, key, values),
    f,
    n: names(snapshot, language),
  };
  const sections: (Section | undefined)[] = [
    summarySection(ctx),
    headerSection(ctx),
    participantsSection(ctx),
    agendaSection(ctx),
    decisionsSection(ctx),
    cascadeSection(ctx),
    votesSection(ctx),
    actionsSection(ctx),
    conflictSection(ctx),
    mirrorSection(ctx),
    ledgerSection(ctx),
    knowledgeSection(ctx),
    parkingLotSection(ctx),
    definitionsSection(ctx),
    nextMeetingSection(ctx),
    collaborationSection(ctx),
    roundsSection(ctx),
    indicatorDefinitionsSection(ctx),
  ];
  const present = sections.filter((section): section is Section => section !== undefined);
  // Short minutes run on from section to section: no page of them stays half empty.
  const long = present.reduce((sum, section) => sum + estimatedLines(section), 0) > LONG_MINUTES_LINES;
  return {
    language,
    title: `${ctx.w('minutes')}: ${snapshot.meeting.title}`,
    generated: ctx.w('generated', { date: f.instantDate(options.now), time: f.instantTime(options.now) }),
    sections: long ? present : present.map((section) => ({ ...section, major: false })),
  };
}
