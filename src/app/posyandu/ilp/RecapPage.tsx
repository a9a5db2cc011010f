import { useMemo } from 'react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { addMonths, isValidMonth } from '../../../domain/dates';
import { balitaRecap, ilpRecap } from '../../../domain/ilp/recap';
import { localToday, skdnReport, type Unit } from '../../../data/posyandu';
import { recapInputs } from '../../../data/posyandu/ilp-recap';
import { formatMonth, useT } from '../../i18n';
import { ExportButtons } from '../../print/ExportButtons';
import { PageShell } from '../ui/PageShell';
import { usePosyandu } from '../store';
import { useIlp } from './useIlp';
import { recapCsv, recapStages } from './recap-columns';
import { RecapSheet, recapLines } from './RecapSheet';
import { StageTables } from './RecapTables';
import './recap.css';

/**
 * The monthly recap of every life stage (ILP) of this Posyandu: people served by age band and sex,
 * and by class, for the month in the URL; balita from SKDN. Prints (PrintSheet) and exports CSV.
 */
export default function RecapPage() {
  const t = useT();
  const { month = '' } = useParams();
  const ok = isValidMonth(month);
  const { unit } = usePosyandu();
  return (
    <PageShell title={t('ilpRecap.title', { month: ok ? formatMonth(month) : month })}>
      {ok && unit && <Body unit={unit} month={month} />}
    </PageShell>
  );
}

function Body({ unit, month }: { unit: Unit; month: string }) {
  const t = useT();
  const navigate = useNavigate();
  const { reg: balitaReg } = usePosyandu();
  const { reg, tables } = useIlp(unit.addr);
  const stages = useMemo(() => {
    if (!reg || !tables) return null;
    const recap = ilpRecap({ month, ...recapInputs(reg), schoolAge: tables });
    return recapStages(recap, balitaReg ? balitaRecap(skdnReport(balitaReg, month).skdn) : null);
  }, [reg, tables, balitaReg, month]);
  if (!stages) return <IonSpinner />;
  const thisMonth = localToday().slice(0, 7);
  const go = (m: string) => navigate(`/posyandu/rekap-ilp/${m}`, { replace: true });
  return (
    <>
      <div className="pd-row pd-noprint">
        <IonButton size="small" fill="outline" onClick={() => go(addMonths(month, -1))}>‹ {t('posyandu.skdn.prev')}</IonButton>
        <IonButton size="small" fill="outline" disabled={month >= thisMonth} onClick={() => go(addMonths(month, 1))}>{t('posyandu.skdn.next')} ›</IonButton>
      </div>
      <RecapSheet unit={unit} month={month} stages={stages} />
      {stages.map((s) => (
        <div key={s.stage} className="pd-card pd-recap">
          <StageTables s={s} />
          {'visits' in s ? <p className="pd-muted">{t('ilpRecap.served', { n: s.total.L + s.total.P, visits: s.visits })}</p> : <p className="pd-muted">{t('ilpRecap.balitaNote')}</p>}
        </div>
      ))}
      <p className="pd-muted">{t('ilpRecap.note')}</p>
      <ExportButtons filename={`Rekap-ILP-${unit.data.name}-${month}.csv`} csv={() => recapCsv(t, stages, recapLines(t, unit, month))} />
    </>
  );
}
