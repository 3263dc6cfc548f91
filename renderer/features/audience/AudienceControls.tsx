/**
 * The facilitator's controls of the projection, on the run screen: open the audience window,
 * choose what the room sees and the projector theme. B blanks the screen, Alt+R shows the ground
 * rules, Alt+C the current item, F5 presents on this screen (single-display presentation mode).
 * The choice is stored, so every audience window follows it.
 */
import { useId, useState } from 'react';
import {
  PROJECTION_MODES,
  PROJECTOR_THEMES,
  toggleBlank,
  type Projection,
  type ProjectionMode,
  type ProjectorTheme,
} from '../../domain/projection';
import { useWorkspace } from '../../data/provider';
import { useProjection } from '../../data/queries/settings';
import { useShortcut } from '../../shortcuts/registry';
import { useT } from '../../i18n/react';
import { usePlatform } from '../../platform/react';
import { SelectField } from '../../ui/SelectField';
import { PresentationOverlay } from './PresentationOverlay';

export function AudienceControls({ meetingId }: { meetingId: string }) {
  const t = useT();
  const headingId = useId();
  const platform = usePlatform();
  const projection = useProjection(meetingId);
  const { settings } = useWorkspace();
  const setProjection = settings.setProjection;
  const [presenting, setPresenting] = useState(false);
  const [blocked, setBlocked] = useState(false);

  const change = (next: (current: Projection) => Projection) => {
    if (projection) void setProjection(next(projection));
  };
  const show = (mode: ProjectionMode) => change((current) => ({ ...current, mode }));

  useShortcut({ id: 'audience.blank', combo: { code: 'KeyB' }, label: 'audience.shortcut.blank' }, () =>
    change(toggleBlank),
  );
  useShortcut(
    { id: 'audience.rules', combo: { code: 'KeyR', alt: true }, label: 'audience.shortcut.rules' },
    () => show('rules'),
  );
  useShortcut(
    { id: 'audience.current', combo: { code: 'KeyC', alt: true }, label: 'audience.shortcut.current' },
    () => show('current'),
  );
  useShortcut({ id: 'audience.present', combo: { code: 'F5' }, label: 'audience.shortcut.present' }, () =>
    setPresenting(true),
  );

  return (
    <section className="panel audience-controls" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('audience.heading')}</h2>
      <div className="audience-controls-row">
        <button type="button" onClick={() => setBlocked(!platform.openAppWindow(`#/audience/${meetingId}`))}>
          {t('audience.open')}
        </button>
        <button type="button" onClick={() => setPresenting(true)}>
          {t('audience.present')}
        </button>
        <SelectField
          label={t('audience.mode')}
          value={projection?.mode ?? 'current'}
          disabled={!projection}
          options={PROJECTION_MODES.map((mode) => ({ value: mode, label: t(`audience.mode.${mode}`) }))}
          onValue={(value) => show(value as ProjectionMode)}
        />
        <SelectField
          label={t('audience.theme')}
          value={projection?.theme ?? 'dark'}
          disabled={!projection}
          options={PROJECTOR_THEMES.map((theme) => ({ value: theme, label: t(`audience.theme.${theme}`) }))}
          onValue={(value) => change((current) => ({ ...current, theme: value as ProjectorTheme }))}
        />
      </div>
      {blocked && <p role="alert">{t('audience.popupBlocked')}</p>}
      {presenting && projection && (
        <PresentationOverlay projection={projection} onLeave={() => setPresenting(false)} />
      )}
    </section>
  );
}
