import { useEffect, useMemo, useState } from 'react';
import { getDb } from '../../../data';
import { loadSipSource, sipFormat1, sipFormat2, sipFormat3, sipFormat4, type SipSource } from '../../../data/posyandu/sip';
import { useLang, useT } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { usePosyandu } from '../store';
import { PrintSheet } from '../../print/PrintSheet';
import { SheetTable } from '../../print/SheetTable';
import { ExportButtons } from '../../print/ExportButtons';
import { columnsCsv, type Column } from '../../print/columns';
import { format1Columns, format2Columns, format3Columns, format4Columns } from './sipColumns';
import '../print.css';

// SIP formats 1–4 of one Posyandu and year: the same columns on screen, on paper (PrintSheet,
// landscape) and in the CSV. Rows come from the records the kaders keep (data/posyandu/sip.ts).

type Format = 1 | 2 | 3 | 4;
const FORMATS: Format[] = [1, 2, 3, 4];

export default function SipPage() {
  const t = useT();
  return (
    <PageShell title={t('sip.title')} back="/posyandu/register">
      <Body />
    </PageShell>
  );
}

interface Table { columns: Column<unknown>[]; rows: unknown[] }

function Body() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { unit } = usePosyandu();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [form, setForm] = useState<Format>(2);
  const [src, setSrc] = useState<SipSource | null>(null);
  useEffect(() => {
    if (!unit) return;
    let live = true;
    void loadSipSource(getDb(), unit.addr).then((s) => { if (live) setSrc(s); });
    return () => { live = false; };
  }, [unit]);
  const table = useMemo((): Table | null => {
    if (!src) return null;
    const as = <R,>(columns: Column<R>[], rows: R[]): Table => ({ columns: columns as Column<unknown>[], rows });
    if (form === 1) return as(format1Columns(t, lang), sipFormat1(src, year));
    if (form === 2) return as(format2Columns(t, lang, year), sipFormat2(src, year));
    if (form === 3) return as(format3Columns(t, year), sipFormat3(src, year));
    return as(format4Columns(t, year), sipFormat4(src, year));
  }, [src, form, year, t, lang]);
  if (!unit || !table) return null;
  const title = t(`sip.f${form}.title`);
  const lines = [t('sip.unit', { name: unit.data.name, desa: unit.data.desaName ?? unit.data.desaCode ?? '', year: String(year) })];
  const ketua = unit.data.kaders?.find((k) => k.role === 'ketua' && k.active)?.name;
  const blanks = form === 3 || form === 4;
  return (
    <>
      <label className="pd-field">
        <span>{t('sip.year')}</span>
        <select name="sip-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <div className="pd-chips" role="tablist">
        {FORMATS.map((f) => (
          <button key={f} type="button" role="tab" aria-selected={f === form} data-format={f} className={f === form ? 'pd-chip on' : 'pd-chip'} onClick={() => setForm(f)}>
            {f}. {t(`sip.tab.${f}`)}
          </button>
        ))}
      </div>
      <h3>{t('sip.form', { n: form })} · {title}</h3>
      <div className="pd-sip-screen">
        <SheetTable label={`sip-${form}-screen`} columns={table.columns} rows={table.rows} rowKey={(_r, i) => String(i)} empty={t('sip.none')} />
      </div>
      {blanks && <p className="pd-muted">{t('sip.blankNote')}</p>}
      <ExportButtons filename={`${t('sip.csvName', { n: form })}-${unit.data.name}-${year}.csv`}
        csv={() => columnsCsv(table.columns, table.rows, { title: `${t('sip.form', { n: form })} · ${title}`, lines })} />
      <PrintSheet name={`sip-${form}`} form={t('sip.form', { n: form })} title={title} lines={lines} landscape
        className={`pd-sheet-sip pd-sip-${form}`} place={unit.data.desaName} signatures={[{ role: t('posyandu.f1.signKetua'), name: ketua }]}>
        <SheetTable numbered label={`sip-${form}`} columns={table.columns} rows={table.rows} rowKey={(_r, i) => String(i)} empty={t('sip.none')} />
        {blanks && <p className="kd-note">{t('sip.blankNote')}</p>}
      </PrintSheet>
    </>
  );
}
