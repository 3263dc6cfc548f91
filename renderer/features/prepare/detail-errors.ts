/** Messages for refused meeting details, in the user's language. */
import type { DetailError } from '../../domain/meeting-details';
import { MAX_TITLE_LENGTH } from '../../domain/meetings';
import type { Translate } from '../../i18n/react';

export function detailErrorMessage(t: Translate, error: DetailError, agendaMinutes: number): string {
  switch (error) {
    case 'title-empty':
    case 'title-too-long':
    case 'date-invalid':
    case 'time-invalid':
      return t(`error.${error}`, { max: MAX_TITLE_LENGTH });
    case 'goal-too-long':
    case 'duration-invalid':
    case 'location-too-long':
      return t(`error.${error}`);
    case 'duration-shorter-than-agenda':
      return t('error.duration-shorter-than-agenda', { minutes: agendaMinutes });
  }
}
