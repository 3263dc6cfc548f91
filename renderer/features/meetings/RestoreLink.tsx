/** The way to the Restore screen from the Meetings screen, next to Import meeting. */
import '../../styles/backups.css';
import { hrefOf } from '../../navigation/router';
import { useT } from '../../i18n/react';

export function RestoreLink() {
  const t = useT();
  return (
    <a className="button-link" href={hrefOf({ name: 'restore' })}>
      {t('backups.link')}
    </a>
  );
}
