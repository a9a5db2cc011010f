import { useMemo } from 'react';
import { IonButton, IonIcon } from '@ionic/react';
import { addOutline, documentTextOutline, peopleOutline } from 'ionicons/icons';
import { Link } from 'react-router-dom';
import { judge } from '../../../data/lkd';
import { summarise, totalsOf } from '../../../domain/lkd';
import { formatDate, useLang, useT } from '../../i18n';
import { useLkd } from '../store';
import { localToday } from '../ui/dates';
import { typeLabel } from '../ui/words';
import { StatusChips } from './StatusChips';

/** The desa's institutions with what needs attention today: term ending or ended, open seats, members who no longer qualify. */
export function LkdSection() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { ctx, books } = useLkd();
  const today = localToday();
  const judged = useMemo(() => (books ? judge(books, today) : []), [books, today]);
  const rows = judged.map((j) => summarise(j.result));
  const totals = totalsOf(rows);
  if (!ctx) return null;
  return (
    <section data-testid="lkd-section">
      <h2 className="lkd-section">{t('lkd.home.institutions')}</h2>
      {ctx.rtOnly && <p className="lkd-muted">{t('lkd.home.rtOnly', { rt: ctx.rtOnly })}</p>}
      {!ctx.desaCode && <p>{t('lkd.home.intro')}</p>}
      {rows.length > 0 && (
        <p className="lkd-muted" data-testid="lkd-totals">
          {t('lkd.home.totals', { n: totals.institutions, ineligible: totals.ineligible, open: totals.openSeats, soon: totals.endsSoon + totals.expired })}
          {' · '}{t('lkd.home.asOf', { date: formatDate(today, lang) })}
        </p>
      )}
      {ctx.desaCode && rows.length === 0 && <p>{t('lkd.home.none')}</p>}
      <ul className="lkd-list" data-testid="lkd-institutions">
        {judged.map(({ group }, i) => {
          const r = rows[i];
          return (
            <li key={group.addr}>
              <Link to={`/desa/lembaga/${group.record.id}`}>
                <div className="lkd-row">
                  <span className="lkd-name">{r.name}</span>
                  <span className="lkd-muted">{typeLabel(t, r.type)}</span>
                </div>
                <div className="lkd-muted">
                  {r.hasBoard
                    ? t('lkd.home.term', { from: formatDate(r.termStart!, lang), to: r.termEnd ? formatDate(r.termEnd, lang) : '…' })
                    : t('lkd.home.noBoard')}
                </div>
                <StatusChips s={r} />
              </Link>
            </li>
          );
        })}
      </ul>
      <div className="lkd-noprint">
        {ctx.canWrite && (
          <IonButton routerLink="/desa/lembaga-baru" expand="block">
            <IonIcon slot="start" icon={addOutline} />
            {t('lkd.home.newInstitution')}
          </IonButton>
        )}
        {ctx.desaCode && !ctx.rtOnly && (
          <IonButton routerLink="/desa/karang-taruna" expand="block" fill="outline">
            <IonIcon slot="start" icon={peopleOutline} />
            {t('lkd.home.ktMembers')}
          </IonButton>
        )}
        {rows.length > 0 && (
          <IonButton routerLink="/desa/laporan" expand="block" fill="outline">
            <IonIcon slot="start" icon={documentTextOutline} />
            {t('lkd.home.report')}
          </IonButton>
        )}
      </div>
    </section>
  );
}
