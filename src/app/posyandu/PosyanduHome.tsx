import { IonButton } from '@ionic/react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../i18n';
import { localToday } from '../../data/posyandu';
import { PageShell } from './ui/PageShell';
import { usePosyandu } from './store';
import { UnitPicker } from './setup/UnitPicker';

export default function PosyanduHome() {
  const t = useT();
  return (
    <PageShell title={t('posyandu.title')} back={null}>
      <HomeBody />
    </PageShell>
  );
}

function HomeBody() {
  const t = useT();
  const navigate = useNavigate();
  const { unit, units, reg } = usePosyandu();
  if (!unit) {
    return units.length === 0 ? (
      <div className="pd-card">
        <p>{t('posyandu.setup.intro')}</p>
        <IonButton expand="block" onClick={() => navigate('/posyandu/setup')}>{t('posyandu.setup.title')}</IonButton>
      </div>
    ) : (
      <UnitPicker />
    );
  }
  const today = localToday();
  const go = (path: string) => () => navigate(path);
  return (
    <>
      <div className="pd-card">
        <h2>{unit.data.name}</h2>
        <p className="pd-muted">{unit.data.desaName} · {unit.data.desaCode}</p>
        <p className="pd-muted">{t('posyandu.home.children', { n: reg?.children.length ?? 0 })}</p>
      </div>
      <IonButton expand="block" onClick={go(`/posyandu/hari/${today}`)}>{t('posyandu.home.today')}</IonButton>
      <IonButton expand="block" fill="outline" onClick={go('/posyandu/balita')}>{t('posyandu.home.balita')}</IonButton>
      <IonButton expand="block" fill="outline" onClick={go(`/posyandu/skdn/${today.slice(0, 7)}`)}>{t('posyandu.home.skdn')}</IonButton>
      <IonButton expand="block" fill="outline" onClick={go('/posyandu/strata')}>{t('posyandu.home.strata')}</IonButton>
      <IonButton expand="block" fill="outline" onClick={go('/posyandu/register')}>{t('posyandu.home.registers')}</IonButton>
      <IonButton expand="block" fill="clear" onClick={go('/posyandu/unit')}>{t('posyandu.home.settings')}</IonButton>
      {units.length > 1 && <UnitPicker compact />}
    </>
  );
}
