/**
 * The running mirror round on the wall, in place of the current item: what it is about and the two
 * restatements side by side, each with the other side's confirmation. Only what
 * domain/projection.ts allows: never a round on a private point, never a name.
 */
import '../../styles/audience-mirror.css';
import type { ReactNode } from 'react';
import { projectedMirrorRound, type ProjectedMirrorRound } from '../../domain/projection';
import type { MirrorConfirmation } from '../../domain/types';
import { useMirrorProjection } from '../../data/queries/rounds';
import { useT } from '../../i18n/react';

/** Shows the running mirror round of the meeting if there is one, else `children`. */
export function WithMirrorRound({ meetingId, children }: { meetingId: string; children: ReactNode }) {
  const read = useMirrorProjection(meetingId);
  const round = read && projectedMirrorRound(read.rounds, read.points, read.decisions);
  return round ? <AudienceMirrorRound round={round} /> : <>{children}</>;
}

/**
 * The restatements' type size: as large as the longer of the two still fits the wall, so a short
 * restatement reads from the back row and a long one is not cut off early. Both sides share it.
 */
function textSize(round: ProjectedMirrorRound): 'large' | 'medium' | 'small' {
  const longest = Math.max(round.marketingRestates.trim().length, round.salesRestates.trim().length);
  return longest <= 140 ? 'large' : longest <= 260 ? 'medium' : 'small';
}

function AudienceMirrorRound({ round }: { round: ProjectedMirrorRound }) {
  const t = useT();
  const size = textSize(round);
  return (
    <section className="audience-mirror" aria-label={t('audience.mirror.heading')}>
      <h2 className="audience-heading">{t('audience.mirror.heading')}</h2>
      <p className="audience-mirror-subject audience-clamp">{round.subject}</p>
      <div className="audience-mirror-sides">
        <Side
          heading={t('audience.mirror.marketing')}
          text={round.marketingRestates}
          answer={round.salesConfirms}
          size={size}
        />
        <Side
          heading={t('audience.mirror.sales')}
          text={round.salesRestates}
          answer={round.marketingConfirms}
          size={size}
        />
      </div>
    </section>
  );
}

interface SideProps {
  heading: string;
  text: string;
  answer?: MirrorConfirmation;
  size: ReturnType<typeof textSize>;
}

function Side({ heading, text, answer, size }: SideProps) {
  const t = useT();
  return (
    <article className="audience-mirror-side">
      <h3>{heading}</h3>
      <p className={`audience-mirror-text size-${size}`}>
        {text.trim() === '' ? t('audience.mirror.waiting') : text}
      </p>
      {answer && (
        <p className={`audience-mirror-answer answer-${answer}`}>
          {t('audience.mirror.confirmed', { answer: t(`mirror.confirm.${answer}`) })}
        </p>
      )}
    </article>
  );
}
