/** What this meeting took over from the previous one of its series, each marked as carried. */
import { useId } from 'react';
import type { Meeting } from '../../domain/types';
import { useCarriedOver } from '../../data/queries/prepare';
import { useT } from '../../i18n/react';
import type { MessageKey } from '../../i18n/language';

export function CarriedOverSection({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const carried = useCarriedOver(meeting.id);
  const headingId = useId();
  if (!carried || meeting.previousMeetingId === undefined) return null;
  const groups: Array<[MessageKey, string[]]> = [
    ['carried.actions', carried.actionItems.map((item) => item.what)],
    ['carried.conflicts', carried.conflictPoints.map((point) => (point.private ? '•••' : point.statement))],
    ['carried.parking', carried.parkingLot.map((point) => point.text)],
    ['carried.questions', carried.questions.map((question) => question.text)],
  ];
  const total = groups.reduce((sum, [, texts]) => sum + texts.length, 0);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('carried.heading')}</h2>
      {total === 0 && <p className="muted">{t('carried.empty')}</p>}
      {groups
        .filter(([, texts]) => texts.length > 0)
        .map(([key, texts]) => (
          <div key={key} className="carried-group">
            <h3>{t(key)}</h3>
            <ul aria-label={t(key)}>
              {texts.map((text, index) => (
                <li key={index}>
                  {text} <span className="badge">{t('carried.badge')}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
