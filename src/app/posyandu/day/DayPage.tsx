import { useCallback, useEffect, useMemo, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { isValidIsoDate } from '../../../domain';
import { localToday, type Child, type Register, type Session, type Unit } from '../../../data/posyandu';
// By path: the work list (and its schedule data) stays off the first screen's chunk.
import { childrenOn, dayStatus, dayWorkList } from '../../../data/posyandu/worklist';
import { loadMotherWork, motherWorkCount, type MotherWork } from '../../../data/posyandu/mother-worklist';
import { getDb } from '../../../data';
import { useT, formatDate, useLang, type MessageKey } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { DateField } from '../ui/Field';
import { childById, usePosyandu } from '../store';
import { ChildForm } from '../child/ChildForm';
import { ChildPicker, type DayFilter } from './ChildPicker';
import { SessionCard } from './SessionCard';
import { WeighPanel } from './WeighPanel';
import { SameDayChooser } from './SameDayChooser';
import { RecorderCard } from './RecorderCard';
import { WorkList } from './WorkList';
import { useRecorder } from './useRecorder';
import { StageLinks } from '../ilp/StageLinks';

/**
 * The Posyandu day of `date`: today, or a past day entered from the paper record (a date picker
 * switches). A future date is refused in a sentence; a past day never says "today".
 */
export default function DayPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { date = '' } = useParams();
  const valid = isValidIsoDate(date);
  const today = localToday();
  return (
    <PageShell title={valid ? t('posyandu.day.title', { date: formatDate(date, lang) }) : t('posyandu.day.date')}>
      {!valid ? (
        <>
          <DatePicker date="" today={today} />
          <p className="pd-alert bad" role="alert">{t('posyandu.day.badDate')}</p>
        </>
      ) : date > today ? (
        <>
          <DatePicker date={date} today={today} />
          <p className="pd-alert bad" role="alert" data-date-problem="future">{t('posyandu.day.futureRefused', { date: formatDate(date, lang) })}</p>
        </>
      ) : (
        <DayBody date={date} isToday={date === today} />
      )}
    </PageShell>
  );
}

function DatePicker({ date, today }: { date: string; today: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const navigate = useNavigate();
  const go = (d: string) => navigate(`/posyandu/hari/${d}`, { replace: true });
  return (
    <div className="pd-dateline">
      <DateField label={t('posyandu.day.date')} name="dayDate" value={date} max={today} onChange={(v) => v && isValidIsoDate(v) && go(v)} />
      {date !== today && <button type="button" className="pd-link" onClick={() => go(today)}>{t('posyandu.day.toToday', { date: formatDate(today, lang) })}</button>}
    </div>
  );
}

const FILTERS: DayFilter[] = ['all', 'todo', 'done'];

function DayBody({ date, isToday }: { date: string; isToday: boolean }) {
  const { unit, reg } = usePosyandu();
  if (!unit || !reg) return null;
  return <Day unit={unit} reg={reg} date={date} isToday={isToday} />;
}

function Day({ unit, reg, date, isToday }: { unit: Unit; reg: Register; date: string; isToday: boolean }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [params, setParams] = useSearchParams();
  const [session, setSession] = useState<Session | null>(null);
  const [adding, setAdding] = useState(false);
  const [last, setLast] = useState<{ child: Child; alerts: readonly string[] } | null>(null);
  const onOpen = useCallback((s: Session | null) => setSession(s), []);
  const recorder = useRecorder(unit.id, date);

  const onDay = useMemo(() => childrenOn(reg, date), [reg, date]);
  const status = useMemo(() => dayStatus(reg, date), [reg, date]);
  const work = useMemo(() => dayWorkList(reg, date), [reg, date]);
  const byId = useMemo(() => new Map(reg.children.map((c) => [c.id, c])), [reg.children]);
  const [mothers, setMothers] = useState<MotherWork | null>(null);
  useEffect(() => {
    let live = true;
    void loadMotherWork(getDb(), unit.addr, date).then((m) => { if (live) setMothers(m); });
    return () => { live = false; };
  }, [unit.addr, date]);

  const view = params.get('lihat') ?? 'all';
  const picked = childById(reg, params.get('anak') ?? undefined);
  const pick = (c: Child | null) => setParams(c ? { anak: c.id, lihat: view } : { lihat: view }, { replace: true });
  const show = (v: string) => setParams({ lihat: v }, { replace: true });
  const kaders = (unit.data.kaders ?? []).filter((k) => k.active);
  const done = onDay.filter((c) => status.weighed.has(c.id)).length;
  const workCount = status.doubles.length + work.referral.length + work.immunisation.length + work.vitaminA.length + work.absent.length
    + (mothers ? motherWorkCount(mothers.list) : 0);

  if (picked) {
    const sameDay = status.weighed.get(picked.id) ?? [];
    const wanted = params.get('koreksi');
    const replaces = sameDay.find((v) => v.id === wanted) ?? sameDay[0];
    return (
      <>
        <IonButton fill="clear" size="small" onClick={() => pick(null)}>{t('posyandu.day.change')}</IonButton>
        {sameDay.length > 1 ? (
          <SameDayChooser child={picked} date={date} visits={sameDay} recorder={recorder.recorder ?? null} onDone={() => pick(null)} />
        ) : (
          <WeighPanel key={picked.id + (replaces?.id ?? '')} unitId={unit.id} child={picked} date={date} sessionId={session?.id}
            recorder={recorder.recorder ?? null} replaces={replaces} due={work.immunisation.find((i) => i.id === picked.id)?.antigens}
            onSaved={(child, alerts) => { setLast({ child, alerts }); pick(null); }} />
        )}
      </>
    );
  }

  return (
    <>
      <DatePicker date={date} today={localToday()} />
      {!isToday && <p className="pd-alert warn" data-past-day={date}>{t('posyandu.day.past', { date: formatDate(date, lang) })}</p>}
      <RecorderCard kaders={kaders} state={recorder} />
      <StageLinks date={date} />
      <SessionCard unit={unit} date={date} byName={recorder.recorder?.name} onOpen={onOpen} />
      {last && (
        <div className="pd-card" data-last={last.child.data.name}>
          <strong>{t('posyandu.weigh.saved', { name: last.child.data.name })}</strong>
          {last.alerts.map((a) => (
            <div key={a} className="pd-alert bad" data-alert={a}>{t(`posyandu.alert.${a}` as MessageKey)}</div>
          ))}
        </div>
      )}
      <p className="pd-muted" data-weighed-count={done}>{t('posyandu.day.weighedCount', { n: done, total: onDay.length })}</p>
      <div className="pd-tabs" role="group" aria-label={t('posyandu.day.filterLabel')}>
        {FILTERS.map((f) => (
          <button key={f} type="button" aria-pressed={view === f} data-filter={f} onClick={() => show(f)}>
            {t(`posyandu.day.filter.${f}` as MessageKey, { n: f === 'all' ? onDay.length : f === 'done' ? done : onDay.length - done })}
          </button>
        ))}
        <button type="button" aria-pressed={view === 'work'} data-filter="work" onClick={() => show('work')}>
          {t('posyandu.day.filter.work', { n: workCount })}
        </button>
      </div>
      {view === 'work' ? (
        <WorkList work={work} mothers={mothers} status={status} byId={byId} date={date} isToday={isToday} onPick={pick} />
      ) : (
        <>
          <IonButton expand="block" fill="outline" size="small" onClick={() => setAdding(!adding)}>{t('posyandu.day.newChild')}</IonButton>
          {adding && <ChildForm byName={recorder.recorder?.name} onSaved={(c) => { setAdding(false); pick(c); }} />}
          <ChildPicker children={onDay} visitsByChild={reg.visitsByChild} kbm={reg.kbm} status={status} date={date}
            filter={FILTERS.includes(view as DayFilter) ? (view as DayFilter) : 'all'} onPick={pick} />
        </>
      )}
    </>
  );
}
