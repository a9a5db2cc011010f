import { IonButton, IonContent, IonHeader, IonPage, IonSpinner, IonTitle, IonToolbar } from '@ionic/react';
import { todayIso } from '../../domain/dates';
import { useT } from '../i18n';
import { describeSaveError } from '../shell/save-errors';
import { SetupForm } from './setup/SetupPage';
import { Notices } from './register/Notices';
import { RegisterSearch } from './register/RegisterSearch';
import { useStoreLoad } from '../shell/useLoad';
import { useRt } from './store';
import './rt.css';

/** The Warga tab: RT setup the first time, then notices, the register search and the books. */
export default function RtHome() {
  const t = useT();
  const { status, error, unit, reg } = useStoreLoad(useRt);
  const month = todayIso().slice(0, 7);
  const title = unit ? t('rt.home.name', { rt: unit.data.rtNo, desa: unit.data.desaName ?? unit.data.desaCode }) : t('rt.setup.title');
  return (
    <IonPage>
      <IonHeader>
        <IonToolbar>
          <IonTitle>{title}</IonTitle>
        </IonToolbar>
      </IonHeader>
      <IonContent className="ion-padding rt-content">
        {status === 'error' && <p className="rt-error" role="alert">{t('rt.loadError', { detail: describeSaveError(error).message })}</p>}
        {(status === 'loading' || status === 'idle') && <IonSpinner aria-label={t('common.loading')} />}
        {status === 'ready' && !unit && <SetupForm />}
        {status === 'ready' && unit && reg && (
          <>
            <p className="rt-muted" data-testid="rt-counts">
              {t('rt.home.people', { n: reg.rows.filter((r) => r.residence.state === 'aktif').length, kk: reg.households.filter((h) => h.active.length).length })}
            </p>
            <div className="rt-nav">
              <IonButton size="small" routerLink="/warga/kk/baru">{t('rt.nav.addHousehold')}</IonButton>
              <IonButton size="small" fill="outline" routerLink="/warga/mutasi">{t('rt.nav.mutasi')}</IonButton>
              <IonButton size="small" fill="outline" routerLink="/warga/mutasi/baru/lahir">{t('rt.nav.lahir')}</IonButton>
              <IonButton size="small" fill="outline" routerLink="/warga/mutasi/baru/mati">{t('rt.nav.mati')}</IonButton>
              <IonButton size="small" fill="outline" routerLink="/warga/mutasi/baru/datang">{t('rt.nav.datang')}</IonButton>
              <IonButton size="small" fill="outline" routerLink="/warga/mutasi/baru/pindah">{t('rt.nav.pindah')}</IonButton>
              <IonButton size="small" fill="outline" routerLink={`/warga/rekap/${month}`}>{t('rt.nav.rekap')}</IonButton>
              <IonButton size="small" fill="outline" routerLink={`/warga/laporan/${month}`}>{t('rt.nav.laporan')}</IonButton>
              <IonButton size="small" fill="outline" routerLink="/warga/nonpermanen">{t('rt.nav.nonpermanen')}</IonButton>
              <IonButton size="small" fill="outline" routerLink="/warga/induk">{t('rt.nav.induk')}</IonButton>
              <IonButton size="small" fill="clear" routerLink="/warga/setup">{t('rt.nav.setup')}</IonButton>
            </div>
            <Notices reg={reg} />
            <RegisterSearch reg={reg} />
          </>
        )}
      </IonContent>
    </IonPage>
  );
}
