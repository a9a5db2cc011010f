import { useEffect, useState } from 'react';
import { IonButton, IonSpinner } from '@ionic/react';
import { getDb, getRecord } from '../../../data';
import type { Recorder } from '../../../data/recorder';
import { resolveSameDayVisits, type Child, type Visit, type VisitData } from '../../../data/posyandu';
import { useSaver } from '../../shell/useSaver';
import { formatDate, useLang, useT } from '../../i18n';
import { usePosyandu } from '../store';
import { fmtNum } from './labels';

/**
 * Two phones weighed one child on one day (visits are append rows, so both arrive by sync): show
 * both with every field and who recorded them, and let the kader say which is right. Nothing is
 * chosen for her; both rows stay live until she does, and the choice syncs (resolveSameDayVisits).
 */
export function SameDayChooser({ child, date, visits, recorder, onDone }: { child: Child; date: string; visits: Visit[]; recorder: Recorder | null; onDone(): void }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { putVisit } = usePosyandu();
  const { save, saving } = useSaver();
  const [full, setFull] = useState<Visit[] | null>(null);
  const ids = visits.map((v) => v.id).join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(visits.map((v) => getRecord<VisitData>(getDb(), v.id))).then((rows) => {
      if (live) setFull(rows.map((r, i) => (r as Visit | undefined) ?? visits[i]));
    });
    return () => { live = false; };
    // The rows are named by their ids; a new array with the same rows needs no reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids]);
  if (!full) return <IonSpinner aria-label={t('posyandu.weigh.loading')} />;

  const keep = async (v: Visit) => {
    const others = visits.map((x) => x.id).filter((id) => id !== v.id);
    const r = await save(() => resolveSameDayVisits(getDb(), child, v.id, others, recorder?.name), { success: t('posyandu.double.kept', { name: child.data.name }) });
    if (r.ok) {
      putVisit(r.value, others);
      onDone();
    }
  };
  const kg = (x: number | undefined, unit: string) => (x === undefined ? null : `${fmtNum(x, lang)} ${unit}`);
  return (
    <section className="pd-card" aria-label={t('posyandu.double.title', { name: child.data.name, date: formatDate(date, lang) })}>
      <h3>{t('posyandu.double.title', { name: child.data.name, date: formatDate(date, lang) })}</h3>
      <p className="pd-muted">{t('posyandu.double.explain')}</p>
      {full.map((v) => {
        const d = v.data;
        const svc = d.services;
        const parts = [
          kg(d.weightKg, 'kg'),
          kg(d.lengthCm, d.position === 'standing' ? 'cm (TB)' : d.position === 'lying' ? 'cm (PB)' : 'cm'),
          d.headCm !== undefined ? `${t('posyandu.weigh.head')} ${fmtNum(d.headCm, lang)}` : null,
          d.muacCm !== undefined ? `${t('posyandu.weigh.muac')} ${fmtNum(d.muacCm, lang)}` : null,
          svc?.immunisations?.length ? `${t('posyandu.svc.immunisations')}: ${svc.immunisations.join(', ')}` : null,
          svc?.vitaminA ? t(`posyandu.svc.vitA.${svc.vitaminA}`) : null,
          svc?.referral ? t('posyandu.svc.referral') : null,
          d.notes ?? null,
        ].filter(Boolean);
        return (
          <div key={v.id} className="pd-choice" data-visit={v.id}>
            <p><strong>{parts.join(' · ')}</strong></p>
            <p className="pd-muted">
              {t('posyandu.double.by', { name: d.kaderName ?? t('posyandu.weigh.noKader'), time: v.updatedAt ? formatTime(v.updatedAt) : '—' })}
            </p>
            <IonButton size="small" disabled={saving} onClick={() => void keep(v)}>{t('posyandu.double.keep')}</IonButton>
          </div>
        );
      })}
    </section>
  );
}

/** The phone's local clock time of an edit, 'HH:mm'. */
function formatTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
