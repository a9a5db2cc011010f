import { IonBadge, IonItem, IonLabel } from '@ionic/react';
import type { GroupStatus } from '../../../data/dasawisma';
import { formatDate, formatDateTime, useLang, useT } from '../../i18n';

/** One group in the coordinator's list: reported or not, size, coordinator, changes, last sync. */
export function StatusRow({ s, month }: { s: GroupStatus; month: string }) {
  const t = useT();
  const lang = useLang((x) => x.lang);
  const g = s.group;
  const changed = s.lastRecap ? t('dasawisma.changedSince', { n: s.changedSinceRecap }) : t('dasawisma.noRecapYet', { n: s.changedSinceRecap });
  const sync = s.lastSync ? formatDateTime(s.lastSync, lang) : t('dasawisma.unknown');
  return (
    <IonItem routerLink={`/dasawisma/kelompok/${g.id}/rekap/${month}`} detail data-testid="status-row">
      <IonLabel>
        <h2>
          {g.data.name} <span className="dw-muted">· {t('dasawisma.rt', { rt: g.rtNo })}</span>
        </h2>
        <p>
          {t('dasawisma.houses', { n: s.houses })}
          {s.housesFlag && <span className="dw-flag"> ({t(s.housesFlag === 'few' ? 'dasawisma.flagFew' : 'dasawisma.flagMany')})</span>}
          {' · '}
          {g.data.coordinatorName ?? <span className="dw-flag">{t('dasawisma.noCoordinator')}</span>}
        </p>
        <p>{changed}</p>
        <p>{t('dasawisma.lastSync', { when: sync })}</p>
      </IonLabel>
      <IonBadge slot="end" color={s.submitted ? 'success' : 'warning'}>
        {s.submitted ? t('dasawisma.submitted', { date: formatDate(s.submitted.data.submittedOn, lang) }) : t('dasawisma.notSubmitted')}
      </IonBadge>
    </IonItem>
  );
}
