import { IonItem, IonLabel, IonList } from '@ionic/react';
import { useT } from '../i18n';
import { Page } from './ui/Page';

const ITEMS = [
  ['/kabupaten/posyandu', 'county.menu.posyandu'],
  ['/kabupaten/penduduk', 'county.menu.population'],
  ['/kabupaten/pkk', 'county.menu.pkk'],
  ['/kabupaten/lembaga', 'county.menu.lkd'],
  ['/kabupaten/perangkat', 'county.menu.devices'],
  ['/kabupaten/sinkron', 'county.menu.sync'],
  ['/kabupaten/konfigurasi', 'county.menu.config'],
] as const;

export default function CountyHome() {
  const t = useT();
  return (
    <Page title={t('county.title')} back={null}>
      <IonList>
        {ITEMS.map(([path, key]) => (
          <IonItem key={path} routerLink={path} detail>
            <IonLabel>{t(key)}</IonLabel>
          </IonItem>
        ))}
      </IonList>
    </Page>
  );
}
