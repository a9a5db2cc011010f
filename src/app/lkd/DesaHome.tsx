import { IonButton } from '@ionic/react';
import { useT } from '../i18n';
import { Page } from './ui/Page';
import { useLkd } from './store';
import { LkdSection } from './home/LkdSection';

// The Desa tab's home. It is a list of sections, one per desa-level module: the village
// institutions (LKD) now; Posyantek (issue 19) adds its own section component here, under the
// same tab, without a tab of its own.
const SECTIONS = [LkdSection];

export default function DesaHome() {
  const t = useT();
  const ctx = useLkd((s) => s.ctx);
  return (
    <Page title={ctx?.desaName ? t('lkd.home.titleOf', { desa: ctx.desaName }) : t('lkd.home.title')} back={null}>
      {ctx?.otherRole ? (
        <div className="lkd-card" data-testid="lkd-other-role">
          <p>{t('lkd.home.otherRole', { label: ctx.label ?? '' })}</p>
          <IonButton routerLink="/sinkron" fill="outline" size="small">{t('lkd.home.toSync')}</IonButton>
        </div>
      ) : (
        SECTIONS.map((S, i) => <S key={i} />)
      )}
    </Page>
  );
}
