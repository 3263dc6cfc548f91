/** One action item: what, owner, due date, channel, link, the gaps to fix, status and deletion. */
import { Trash2 } from 'lucide-react';
import { ACTION_STATUSES, actionGaps } from '../../domain/actions';
import type { ActionItem, ActionStatus } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/react';
import { snippet } from '../../domain/text';
import { RowAction } from '../../ui/RowAction';
import { useWrite } from '../../ui/use-write';

interface ActionRowProps {
  item: ActionItem;
  ownerName: string | undefined;
  linkLabel: string | undefined;
  onDelete: (item: ActionItem) => void;
}

const isStatus = (value: string): value is ActionStatus => ACTION_STATUSES.some((status) => status === value);

export function ActionRow({ item, ownerName, linkLabel, onDelete }: ActionRowProps) {
  const t = useT();
  const language = useLanguage();
  const { actions } = useWorkspace();
  const { run } = useWrite();
  const short = snippet(item.what);
  const gaps = actionGaps(item);

  return (
    <li className={`capture-row status-${item.status}`}>
      <p className="capture-text">
        {item.what}
        {item.carriedFromId !== undefined && <span className="tag"> {t('actions.carriedOver')}</span>}
      </p>
      <p className="capture-meta">
        {ownerName !== undefined && <span>{t('actions.ownerIs', { name: ownerName })}</span>}
        {item.dueDate !== undefined && (
          <span>{t('actions.dueOn', { date: formatDate(language, item.dueDate) })}</span>
        )}
        {item.channel !== undefined && <span>{t(`actions.channel.${item.channel}`)}</span>}
        {linkLabel !== undefined && <span>{linkLabel}</span>}
        {gaps.includes('owner') && <span className="flag">{t('actions.missingOwner')}</span>}
        {gaps.includes('dueDate') && <span className="flag">{t('actions.missingDueDate')}</span>}
      </p>
      <div className="row-actions">
        <select
          aria-label={t('actions.status', { what: short })}
          value={item.status}
          onChange={(event) => {
            const status = event.target.value;
            if (isStatus(status)) void run(() => actions.setStatus(item.id, status));
          }}
        >
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`actions.status.${status}`)}
            </option>
          ))}
        </select>
        <RowAction
          icon={Trash2}
          label={t('action.delete')}
          name={t('actions.deleteFor', { what: short })}
          danger
          onClick={() => onDelete(item)}
        />
      </div>
    </li>
  );
}
