/**
 * On the Prepare screen: "Start meeting" for a planned meeting (starts it and opens the run
 * screen), "Open live meeting" for a running one, "Open summary" for an ended one.
 */
import '../../styles/run.css';
import type { Meeting } from '../../domain/types';
import { hrefOf, navigate } from '../../navigation/router';
import { useT } from '../../i18n/react';
import { useRunCommand } from './use-run-command';

export function StartMeetingButton({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { apply, message } = useRunCommand(meeting.id);
  const runHref = hrefOf({ name: 'run', meetingId: meeting.id });

  async function start() {
    if (await apply('start')) navigate({ name: 'run', meetingId: meeting.id });
  }

  switch (meeting.status) {
    case 'planned':
      return (
        <div className="start-meeting">
          <button type="button" className="primary" onClick={() => void start()}>
            {t('run.startMeeting')}
          </button>
          {message !== '' && (
            <p role="alert" className="field-error">
              {message}
            </p>
          )}
        </div>
      );
    case 'running':
      return (
        <a className="button-link primary" href={runHref}>
          {t('run.openLive')}
        </a>
      );
    case 'ended':
      return (
        <a className="button-link" href={runHref}>
          {t('run.openSummary')}
        </a>
      );
  }
}
