/**
 * The Decision register of the run screen (docs/product.md success factor 4): this meeting's decisions,
 * newest first, with **Record decision** (Alt+E) and the actions of each decision. A decision
 * with an objection is never marked decided silently: that goes through a confirmation that names
 * the objecting side. Decisions are revoked or superseded, never deleted.
 */
import '../../styles/decisions.css';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { decisionsNewestFirst } from '../../domain/decision-list';
import { formatNumber, objectingSides } from '../../domain/decisions';
import type { Decision } from '../../domain/types';
import { useMeetingDecisions } from '../../data/queries/decisions';
import { usePeople } from '../../data/queries/people';
import { useWorkspace } from '../../data/provider';
import { useShortcut } from '../../shortcuts/registry';
import { useT } from '../../i18n/react';
import { ShowMore, usePage } from '../../ui/ShowMore';
import { useDepartmentName } from '../../ui/department-name';
import { useWrite } from '../../ui/use-write';
import type { RunPanelProps } from '../../ui/run-panel-props';
import { DecisionDialog } from './DecisionDialog';
import { DecisionRow, type DecisionAction } from './DecisionRow';
import { ObjectionDialog } from './ObjectionDialog';
import { RevokeDialog } from './RevokeDialog';
import { needsReopenReason } from '../../domain/reopen-gate';
import { StancesDialog } from './StancesDialog';
import { objectionMessage, refusalMessage } from './labels';

type Open =
  { kind: 'record' } | { kind: 'edit' | 'objection' | 'stances' | 'revoke'; decision: Decision } | undefined;

interface DecisionsPanelProps extends RunPanelProps {
  /** What the run screen shows under a decision from other features (e.g. the vote that informed it). */
  renderExtra?: (decision: Decision) => ReactNode;
}

export function DecisionsPanel({ renderExtra, ...props }: DecisionsPanelProps) {
  const t = useT();
  const { decisions } = useWorkspace();
  const nameOf = useDepartmentName();
  const headingId = useId();
  const stored = useMeetingDecisions(props.meeting.id);
  const people = usePeople();
  const names = useMemo(() => new Map(people?.map((person) => [person.id, person.name])), [people]);
  const [open, setOpen] = useState<Open>();
  const [notice, setNotice] = useState<string | undefined>();
  const page = usePage();
  const { run } = useWrite();

  useShortcut({ id: 'decisions.record', combo: { code: 'KeyE', alt: true }, label: 'decisions.record' }, () =>
    setOpen({ kind: 'record' }),
  );

  function saved(decision: Decision) {
    setOpen(undefined);
    const number = formatNumber(decision.number);
    const sides = objectingSides(decision);
    if (decision.status !== 'proposed') setNotice(undefined);
    else if (decision.accountablePersonId === undefined)
      setNotice(t('decisions.savedProposed.owner', { number }));
    else setNotice(objectionMessage(t, nameOf, 'decisions.savedProposed.objection', sides, number));
  }

  function act(action: DecisionAction, decision: Decision) {
    setNotice(undefined);
    if (action === 'edit' || action === 'stances') return setOpen({ kind: action, decision });
    if (action === 'revoke' && needsReopenReason(decision)) return setOpen({ kind: 'revoke', decision });
    if (
      action === 'decide' &&
      decision.accountablePersonId !== undefined &&
      objectingSides(decision).length > 0
    )
      return setOpen({ kind: 'objection', decision });
    void run(() => (action === 'decide' ? decisions.decide(decision.id) : decisions.revoke(decision.id)), {
      refused: (outcome) => setNotice(refusalMessage(t, nameOf, decision, outcome.refusal)),
    });
  }

  const list = useMemo(() => (stored === undefined ? undefined : decisionsNewestFirst(stored)), [stored]);
  const close = () => setOpen(undefined);
  return (
    <section className="decisions-panel" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>{t('decisions.heading')}</h2>
        <button
          type="button"
          className="primary"
          aria-keyshortcuts="Alt+E"
          onClick={() => setOpen({ kind: 'record' })}
        >
          {t('decisions.record')}
        </button>
      </div>
      <div role="status" className="decisions-notice">
        {notice}
      </div>
      {list === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('decisions.empty')}</p>
      ) : (
        <>
          <ul className="decision-list" aria-labelledby={headingId}>
            {list.slice(0, page.limit).map((decision) => (
              <DecisionRow
                key={decision.id}
                decision={decision}
                ownerName={names.get(decision.accountablePersonId ?? '') ?? ''}
                nameOf={nameOf}
                onAction={act}
                extra={renderExtra?.(decision)}
              />
            ))}
          </ul>
          <ShowMore shown={Math.min(page.limit, list.length)} total={list.length} onMore={page.more} />
        </>
      )}
      {open?.kind === 'record' && <DecisionDialog {...props} onClose={close} onSaved={saved} />}
      {open?.kind === 'edit' && (
        <DecisionDialog {...props} decision={open.decision} onClose={close} onSaved={saved} />
      )}
      {open?.kind === 'objection' && <ObjectionDialog decision={open.decision} onClose={close} />}
      {open?.kind === 'revoke' && (
        <RevokeDialog decision={open.decision} meetingId={props.meeting.id} onClose={close} />
      )}
      {open?.kind === 'stances' && <StancesDialog decision={open.decision} onClose={close} />}
    </section>
  );
}
