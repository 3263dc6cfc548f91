/**
 * On a conflict point or decision row of the run screen: the mirror rounds held on it (who confirmed
 * what) and the "Mirror round" button, which starts one or opens the one running. The row's
 * `data-mirror-*` attributes let Alt+Y find the subject of the row in focus.
 */
import '../../styles/rounds.css';
import { ArrowLeftRight } from 'lucide-react';
import { useState } from 'react';
import { isRunning, roundsOf, type MirrorSubject } from '../../domain/mirror-rounds';
import { snippet } from '../../domain/text';
import type { MirrorConfirmation } from '../../domain/types';
import type { MirrorRound } from '../../domain/types';
import { useMirrorRounds } from '../../data/queries/rounds';
import { useT } from '../../i18n/react';
import { RowAction } from '../../ui/RowAction';
import { sharedRead } from '../../ui/shared-read';
import { MirrorRoundDialog } from './MirrorRoundDialog';

interface MirrorRoundRowProps {
  meetingId: string;
  subject: MirrorSubject;
  text: string;
}

/** The meeting's mirror rounds, read once for every row below `MeetingMirrorRounds`. */
const meetingRounds = sharedRead(useMirrorRounds);
export const MeetingMirrorRounds = meetingRounds.Provider;

export function MirrorRoundRow(props: MirrorRoundRowProps) {
  return (
    <meetingRounds.Shared id={props.meetingId}>
      {(rounds) => <MirrorRoundRowView {...props} rounds={rounds} />}
    </meetingRounds.Shared>
  );
}

function MirrorRoundRowView({
  meetingId,
  subject,
  text,
  rounds,
}: MirrorRoundRowProps & { rounds: readonly MirrorRound[] | undefined }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const held = roundsOf(rounds ?? [], subject);
  const running = held.some(isRunning);
  const answer = (value: MirrorConfirmation | undefined) =>
    value === undefined ? t('mirror.unconfirmed') : t(`mirror.confirm.${value}`);
  const short = snippet(text);

  return (
    <div
      className="mirror-row"
      data-mirror-point={'conflictPointId' in subject ? subject.conflictPointId : undefined}
      data-mirror-decision={'decisionId' in subject ? subject.decisionId : undefined}
      data-mirror-text={text}
    >
      {held.map((round) => (
        <p key={round.id} className="mirror-held muted">
          {t('mirror.held', {
            sales: answer(round.salesConfirms),
            marketing: answer(round.marketingConfirms),
          })}
          {isRunning(round) && <span className="badge mirror-running"> {t('mirror.running')}</span>}
        </p>
      ))}
      <RowAction
        icon={ArrowLeftRight}
        label={t('mirror.button')}
        name={t(running ? 'mirror.openFor' : 'mirror.buttonFor', { text: short })}
        keys="Alt+Y"
        onClick={() => setOpen(true)}
      />
      {open && (
        <MirrorRoundDialog
          meetingId={meetingId}
          subject={subject}
          text={text}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}
