/**
 * Prepare offers the "Review agreements" block when the meeting has agreements of its series to
 * review and its agenda does not hold the block yet. The block is written in the meeting's language
 * and placed second, right after the opening item (first in an empty agenda).
 */
import { LEDGER_REVIEW_TITLES, offersReviewBlock } from '../../domain/ledger';
import type { AgendaItem, Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useMeetingLedger } from '../../data/queries/ledger';
import { translate } from '../../i18n/language';
import { useT } from '../../i18n/react';
import { useWrite } from '../../ui/use-write';

/** Minutes the block is planned for. */
const REVIEW_MINUTES = 10;

export function ReviewBlockOffer({ meeting, agenda }: { meeting: Meeting; agenda: readonly AgendaItem[] }) {
  const t = useT();
  const { agenda: agendaRepo } = useWorkspace();
  const { run, pending } = useWrite();
  const ledger = useMeetingLedger(meeting.id);
  if (!ledger || !offersReviewBlock(ledger.underReview, agenda)) return null;

  function add() {
    void run(async () => {
      const outcome = await agendaRepo.add(meeting.id, {
        title: LEDGER_REVIEW_TITLES[meeting.language],
        description: translate(meeting.language, 'ledger.reviewBlock.description'),
        kind: 'discussion',
        timeboxMinutes: REVIEW_MINUTES,
        presenterIds: [],
      });
      if (outcome.ok && agenda.length > 1) await agendaRepo.move(meeting.id, outcome.value.id, 1);
      return outcome;
    });
  }

  return (
    <div className="panel ledger-offer">
      <span>{t('ledger.reviewBlock.hint', { count: ledger.underReview.length })}</span>
      <button type="button" onClick={add} disabled={pending}>
        {t('ledger.reviewBlock.offer')}
      </button>
    </div>
  );
}
