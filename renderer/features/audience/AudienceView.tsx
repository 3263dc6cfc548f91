/**
 * The audience layout, the same in the projector window and in the single-screen presentation
 * mode: the meeting's title and what the facilitator chose to project. Before the start the room
 * sees the ground rules, after the end the summary, unless the facilitator picked something else.
 */
import '../../styles/audience.css';
import type { ReactNode } from 'react';
import { attachedDefinitions } from '../../domain/definitions';
import type { Projection, ProjectionMode } from '../../domain/projection';
import type { AgendaItem, Meeting } from '../../domain/types';
import { useDefinitions } from '../../data/queries/knowledge';
import { usePeople } from '../../data/queries/people';
import { useAgenda, useMeeting } from '../../data/queries/prepare';
import { useActionItems, useMeetingDecisions } from '../../data/queries/run-capture';
import { useT } from '../../i18n/react';
import { AudienceCurrent, DecisionList } from './AudienceCurrent';
import { WithRunningVote } from './AudienceVote';
import { WithMirrorRound } from './AudienceMirrorRound';
import { paletteStyle } from './projector-theme';

/** What is on the wall for a mode; `current` follows the meeting's status. */
function shownMode(mode: ProjectionMode, meeting: Meeting): ProjectionMode {
  if (mode !== 'current') return mode;
  if (meeting.status === 'planned') return 'rules';
  if (meeting.status === 'ended') return 'summary';
  return 'current';
}

interface AudienceViewProps {
  meetingId: string;
  projection: Projection;
  /** A running vote or mirror round, shown beside the current item (other features, via app/). */
  slot?: ReactNode;
}

export function AudienceView({ meetingId, projection, slot }: AudienceViewProps) {
  const t = useT();
  const meeting = useMeeting(meetingId);
  const agenda = useAgenda(meetingId);
  const mode = meeting ? shownMode(projection.mode, meeting) : projection.mode;
  return (
    <div
      className={`audience theme-${projection.theme} mode-${mode}`}
      data-mode={mode}
      data-theme={projection.theme}
      style={paletteStyle(projection.theme)}
    >
      {mode === 'blank' ? (
        <span className="visually-hidden">{t('audience.blank')}</span>
      ) : meeting === null ? (
        <p className="audience-item-title">{t('audience.notFound')}</p>
      ) : meeting && agenda ? (
        <>
          <h1 className="audience-title audience-clamp">{meeting.title}</h1>
          <ModeBody mode={mode} meeting={meeting} agenda={agenda} slot={slot} />
        </>
      ) : null}
    </div>
  );
}

function ModeBody({
  mode,
  meeting,
  agenda,
  slot,
}: {
  mode: ProjectionMode;
  meeting: Meeting;
  agenda: AgendaItem[];
  slot?: ReactNode;
}) {
  const t = useT();
  switch (mode) {
    case 'current':
      return (
        <WithMirrorRound meetingId={meeting.id}>
          <WithRunningVote meetingId={meeting.id}>
            <AudienceCurrent meeting={meeting} agenda={agenda} slot={slot} />
          </WithRunningVote>
        </WithMirrorRound>
      );
    case 'rules':
      return (
        <TextList
          heading={t('rules.heading')}
          empty={t('audience.noRules')}
          lines={meeting.groundRules.map((rule, index) => ({ key: String(index), text: rule }))}
          lead={meeting.status === 'planned' ? t('audience.notStarted') : undefined}
        />
      );
    case 'definitions':
      return <ProjectedDefinitions meeting={meeting} />;
    case 'pause':
      return (
        <section className="audience-pause">
          <h2 className="audience-item-title">{t('audience.pause.title')}</h2>
          <p className="audience-muted">{t('audience.pause.body')}</p>
        </section>
      );
    case 'summary':
      return <ProjectedSummary meetingId={meeting.id} />;
    case 'blank':
      return null;
  }
}

interface TextListProps {
  heading: string;
  empty: string;
  lines: { key: string; text: string; term?: string }[];
  lead?: string;
}

function TextList({ heading, empty, lines, lead }: TextListProps) {
  return (
    <section className="audience-list" aria-label={heading}>
      {lead && <p className="audience-muted">{lead}</p>}
      <h2 className="audience-heading">{heading}</h2>
      {lines.length === 0 ? (
        <p className="audience-muted">{empty}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line.key} className="audience-clamp">
              {line.term && <strong>{line.term}: </strong>}
              {line.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ProjectedDefinitions({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const definitions = attachedDefinitions(useDefinitions() ?? [], meeting.definitionIds);
  return (
    <TextList
      heading={t('audience.mode.definitions')}
      empty={t('audience.noDefinitions')}
      lines={definitions.map((item) => ({ key: item.id, term: item.term, text: item.meaning }))}
    />
  );
}

function ProjectedSummary({ meetingId }: { meetingId: string }) {
  const t = useT();
  const people = usePeople();
  const decisions = (useMeetingDecisions(meetingId) ?? []).filter(
    (decision) => decision.deletedAt === undefined && decision.status !== 'revoked',
  );
  const actions = (useActionItems(meetingId) ?? []).filter(
    (action) => action.deletedAt === undefined && action.status === 'open',
  );
  const ownerOf = (id?: string) => people?.find((person) => person.id === id)?.name;
  return (
    <div className="audience-summary">
      <section className="audience-block" aria-label={t('audience.decisions')}>
        <h2 className="audience-heading">{t('audience.decisions')}</h2>
        {decisions.length === 0 ? (
          <p className="audience-muted">{t('audience.noDecisions')}</p>
        ) : (
          <DecisionList decisions={decisions} people={people} />
        )}
      </section>
      <section className="audience-block" aria-label={t('audience.actions')}>
        <h2 className="audience-heading">{t('audience.actions')}</h2>
        {actions.length === 0 ? (
          <p className="audience-muted">{t('run.summary.noActions')}</p>
        ) : (
          <ul className="audience-decisions">
            {actions.map((action) => (
              <li key={action.id}>
                <span className="audience-clamp">{action.what}</span>
                <span className="audience-muted">
                  {ownerOf(action.ownerPersonId)
                    ? t('audience.owner', { name: ownerOf(action.ownerPersonId) ?? '' })
                    : t('audience.noOwner')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
