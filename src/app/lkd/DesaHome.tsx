import { IonButton } from '@ionic/react';
import { useT } from '../i18n';
import { Page } from './ui/Page';
import { useLkd } from './store';
import { LkdSection } from './home/LkdSection';
import { PosyantekSection } from '../posyantek/home/PosyantekSection';

// The Desa tab's home. It is a list of sections, one per desa-level module: the village
// institutions (LKD) and the Posyantek (Perbup Paser 2/2022), each its own section component, under the
// same tab, without a tab of its own (issue 19: PosyantekSection).
const SECTIONS = [LkdSection, PosyantekSection];

export default function DesaHome() {
  const t = useT();
  const ctx = useLkd((s) => s.ctx);
  return (
    <Page title={ctx?.desaName ? t('lkd.home.titleOf', { desa: ctx.desaName }) : t('lkd.home.title')} back={null}>
      {/* A Posyantek's own phone (role posyantek) is 'another role' to the LKD: it sees its post's section only. */}
      {ctx?.otherRole && ctx.role === 'posyantek' ? (
        <PosyantekSection />
      ) : ctx?.otherRole ? (
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
