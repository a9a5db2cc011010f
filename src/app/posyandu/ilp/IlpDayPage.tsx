import { useMemo, useState } from 'react';
import { IonButton, IonSpinner } from '@ionic/react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { isValidIsoDate } from '../../../domain/dates';
import { localToday, type Unit } from '../../../data/posyandu';
import { ILP_GROUPS, ilpSubjectsOn, ilpVisitsOn, type IlpGroup, type IlpVisit } from '../../../data/posyandu/ilp';
import type { IlpAssessment } from '../../../domain/ilp/assess';
import { formatDate, useLang, useT, type MessageKey } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { usePosyandu } from '../store';
import { RecorderCard } from '../day/RecorderCard';
import { useRecorder } from '../day/useRecorder';
import { useIlp } from './useIlp';
import { IlpVisitForm } from './IlpVisitForm';
import { IlpResult } from './IlpResult';
import { PersonForm } from './PersonForm';

/**
 * The Posyandu day for the stages other than balita (ILP): one tab per stage with who is on its
 * list that day, a tap opens the person's visit (the day's visit to correct when there is one), save.
 * The stage and the person are in the URL (?tahap=, ?orang=), so a reload keeps the place.
 */
export default function IlpDayPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { date = '' } = useParams();
  const { unit } = usePosyandu();
  const valid = isValidIsoDate(date) && date <= localToday();
  return (
    <PageShell title={t('ilp.title', { date: valid ? formatDate(date, lang) : '' })} back={valid ? `/posyandu/hari/${date}` : '/posyandu'}>
      {!valid ? <p className="pd-alert bad" role="alert">{t('posyandu.day.badDate')}</p> : unit ? <IlpDay unit={unit} date={date} /> : null}
    </PageShell>
  );
}

/** A long list is searched, not scrolled: the first rows only, as the balita list. */
const SHOWN = 60;

function IlpDay({ unit, date }: { unit: Unit; date: string }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const { reg, tables, putVisit, reload } = useIlp(unit.addr);
  const recorder = useRecorder(unit.id, date);
  const [adding, setAdding] = useState(false);
  const [q, setQ] = useState('');
  const [last, setLast] = useState<{ name: string; a: IlpAssessment } | null>(null);
  const group = (ILP_GROUPS as readonly string[]).includes(params.get('tahap') ?? '') ? (params.get('tahap') as IlpGroup) : 'ibu';
  const subjects = useMemo(() => (reg ? ilpSubjectsOn(reg, date) : []), [reg, date]);
  if (!reg) return <IonSpinner />;

  const visitedToday = (id: string) => ilpVisitsOn(reg, id, date);
  const pickedId = params.get('orang');
  const picked = subjects.find((s) => s.id === pickedId);
  const go = (p: Record<string, string>) => setParams({ tahap: group, ...p }, { replace: true });
  const kaders = (unit.data.kaders ?? []).filter((k) => k.active);

  if (picked) {
    const replaces = visitedToday(picked.id)[0];
    return (
      <>
        <IonButton fill="clear" size="small" onClick={() => go({})}>{t('ilp.change')}</IonButton>
        {!recorder.recorder && <RecorderCard kaders={kaders} state={recorder} />}
        <IlpVisitForm key={picked.id + (replaces?.id ?? '')} subject={picked} reg={reg} tables={tables} date={date} recorder={recorder.recorder ?? null} replaces={replaces}
          onSaved={(v: IlpVisit, a) => { putVisit(v); setLast({ name: picked.name, a }); go({}); }} />
      </>
    );
  }

  const inGroup = subjects.filter((s) => s.group === group);
  const query = q.trim().toLocaleLowerCase('id');
  const shown = (query ? inGroup.filter((s) => s.name.toLocaleLowerCase('id').includes(query)) : inGroup).slice(0, SHOWN);
  const done = inGroup.filter((s) => visitedToday(s.id).length > 0).length;
  return (
    <>
      <RecorderCard kaders={kaders} state={recorder} />
      <div className="pd-tabs" role="group" aria-label={t('ilp.stages')}>
        {ILP_GROUPS.map((g) => (
          <button key={g} type="button" data-stage={g} aria-pressed={g === group} onClick={() => { setAdding(false); setParams({ tahap: g }, { replace: true }); }}>
            {t(`ilp.group.${g}` as MessageKey)} ({subjects.filter((s) => s.group === g).length})
          </button>
        ))}
      </div>
      {last && (
        <div data-last={last.name}>
          <strong>{t('ilp.saved', { name: last.name })}</strong>
          <IlpResult a={last.a} />
        </div>
      )}
      <p className="pd-muted"><Link to={`/posyandu/rekap-ilp/${date.slice(0, 7)}`} data-recap-link>{t('ilpRecap.open')}</Link></p>
      <p className="pd-muted" data-visited-count={done}>{t('ilp.count', { n: done, total: inGroup.length })}</p>
      {group === 'ibu' ? (
        <p className="pd-muted"><Link to="/posyandu/register">{t('ilp.newMother')}</Link></p>
      ) : (
        <>
          <IonButton expand="block" fill="outline" size="small" onClick={() => setAdding(!adding)}>{t('ilp.newPerson')}</IonButton>
          {adding && <PersonForm addr={unit.addr} today={localToday()} byName={recorder.recorder?.name}
            onSaved={async (p) => { setAdding(false); await reload(); go({ orang: p.id }); }} />}
        </>
      )}
      {inGroup.length === 0 && <p className="pd-muted">{t('ilp.empty')}</p>}
      <input className="pd-search" type="search" name="cari" aria-label={t('ilp.search')} placeholder={t('ilp.search')} value={q} onChange={(e) => setQ(e.target.value)} />
      <ul className="pd-list" data-ilp-list={group}>
        {shown.map((s) => (
          <li key={s.id}>
            <button type="button" data-person={s.name} onClick={() => go({ orang: s.id })}>
              <span>{s.name}</span>
              <span className="pd-muted">{s.maternal ? t(`ilp.maternal.${s.maternal}` as MessageKey) : ''}{visitedToday(s.id).length > 0 ? ` ✓ ${t('ilp.done')}` : ''}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
