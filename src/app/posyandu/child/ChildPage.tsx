import { useEffect, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { getDb, getRecord } from '../../../data';
import { childVisits, localToday, type Child, type Visit } from '../../../data/posyandu';
import { completedMonths } from '../../../domain';
import { useT, formatDate } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { childById, usePosyandu } from '../store';
import { ChartSection } from '../chart/ChartSection';
import { HistoryList } from './HistoryList';
import { VisitList } from './VisitList';
import { FamilyLinks } from './FamilyLinks';

export default function ChildPage() {
  const t = useT();
  const { id } = useParams();
  const child = childById(usePosyandu().reg, id);
  return (
    <PageShell title={child?.data.name ?? t('posyandu.child.notFound')} back="/posyandu/balita">
      {child ? <Body child={child} /> : <p>{t('posyandu.child.notFound')}</p>}
    </PageShell>
  );
}

/** The RT books may not be on this phone: the link is kept either way, the name shown when present. */
function PersonLink({ personId }: { personId: string }) {
  const t = useT();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void getRecord<{ name: string }>(getDb(), personId).then((r) => { if (live && r?.kind === 'rt.person') setName(r.data.name); });
    return () => { live = false; };
  }, [personId]);
  return <p className="pd-muted">{name ? t('posyandu.child.linkedPerson', { name }) : t('posyandu.child.linkedAbsent', { id: personId })}</p>;
}

const NO_VISITS: readonly Visit[] = [];

function Body({ child }: { child: Child }) {
  const t = useT();
  const navigate = useNavigate();
  const visits = usePosyandu((s) => s.reg?.visitsByChild.get(child.id)) ?? NO_VISITS;
  // The register holds growth fields only; the visit list and history read every field.
  const [full, setFull] = useState<readonly Visit[]>(visits);
  useEffect(() => {
    let live = true;
    void childVisits(getDb(), child.id).then((v) => { if (live) setFull(v); });
    return () => { live = false; };
  }, [child.id, visits]);
  const today = localToday();
  const d = child.data;
  return (
    <>
      <section className="pd-card">
        <p>
          {t(d.sex === 'L' ? 'posyandu.sex.L' : 'posyandu.sex.P')} · {formatDate(d.birthDate)} ·{' '}
          {t('posyandu.child.ageMonths', { m: Math.max(0, completedMonths(d.birthDate, today)) })}
        </p>
        <p className="pd-muted">{d.motherName} {d.fatherName ? `/ ${d.fatherName}` : ''} {d.area ? `· ${d.area}` : ''}</p>
        {d.hasKms && <span className="pd-badge ok">{t('posyandu.child.kmsBadge')}</span>}
        {d.personId && <PersonLink personId={d.personId} />}
        <FamilyLinks personId={d.personId} nik={d.nik} />
        <div className="pd-row pd-noprint">
          <IonButton onClick={() => navigate(`/posyandu/hari/${today}?anak=${child.id}`)}>{t('posyandu.child.weigh')}</IonButton>
          <IonButton fill="outline" onClick={() => navigate(`/posyandu/anak/${child.id}/ubah`)}>{t('common.edit')}</IonButton>
        </div>
      </section>
      <ChartSection child={child} visits={visits} />
      <VisitList child={child} visits={full} />
      <HistoryList child={child} visits={full} />
    </>
  );
}
