import { useEffect, useMemo, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useSearchParams } from 'react-router-dom';
import { addMonths, isValidMonth } from '../../domain/dates';
import { eppgbmFileName, eppgbmRows, eppgbmSheetName, type EppgbmExportInput, type EppgbmPlace } from '../../domain/interop/eppgbm-export';
import { getDb } from '../../data';
import { localToday } from '../../data/posyandu';
import { loadEppgbmExport, loadEppgbmPlace, saveEppgbmPlace } from '../../data/posyandu/eppgbm-export';
import { useT, formatMonth } from '../i18n';
import { useToast } from '../shell/overlays';
import { PageShell } from '../posyandu/ui/PageShell';
import { SelectField, TextField } from '../posyandu/ui/Field';
import { usePosyandu } from '../posyandu/store';
import { writeSheet } from './xlsx';
import { shareXlsx } from './share';

// "Ekspor e-PPGBM" (issue 16 item 1): the chosen month's weighings of this Posyandu as one XLSX in
// e-PPGBM's measurement layout, made on the phone, offline. The month is in the URL (?bulan=), so
// a reload or the SKDN page's link opens the same month.

const MONTHS_BACK = 24;
const PLACE_FIELDS = ['prov', 'kab', 'kec', 'puskesmas'] as const;

export default function EppgbmExportPage() {
  const t = useT();
  return (
    <PageShell title={t('interop.eppgbm.exportTitle')} back="/posyandu/register">
      <Body />
    </PageShell>
  );
}

function Body() {
  const t = useT();
  const [toast] = useToast();
  const { unit, reg } = usePosyandu();
  const [params, setParams] = useSearchParams();
  const thisMonth = localToday().slice(0, 7);
  const month = params.get('bulan') ?? thisMonth;
  const monthOk = isValidMonth(month) && month <= thisMonth;
  const [place, setPlace] = useState<EppgbmPlace | null>(null);
  const [input, setInput] = useState<EppgbmExportInput | null>(null);
  const [busy, setBusy] = useState(false);
  const months = useMemo(() => Array.from({ length: MONTHS_BACK }, (_, i) => addMonths(thisMonth, -i)), [thisMonth]);

  useEffect(() => {
    if (!unit) return;
    let live = true;
    void loadEppgbmPlace(getDb(), unit.id).then((p) => { if (live) setPlace(p); });
    return () => { live = false; };
  }, [unit]);
  useEffect(() => {
    if (!unit || !monthOk) return;
    let live = true;
    setInput(null);
    // The county's KBM table in force (config.kbm, as the register and SKDN use it) decides N/T.
    void loadEppgbmExport(getDb(), unit, month, {}).then((x) => { if (live) setInput(reg?.kbm ? { ...x, kbm: reg.kbm } : x); });
    return () => { live = false; };
  }, [unit, reg?.kbm, month, monthOk]);

  const counted = useMemo(() => {
    if (!input) return null;
    const { rows } = eppgbmRows(input);
    const names = new Set(input.children.filter((c) => input.visits.some((x) => x.childId === c.id && x.date.startsWith(month))).map((c) => c.id));
    return { rows: rows.length, children: names.size };
  }, [input, month]);

  if (!unit) return <p>{t('interop.eppgbm.noUnit')}</p>;

  const download = async () => {
    if (!input || !place) return;
    setBusy(true);
    try {
      await saveEppgbmPlace(getDb(), unit.id, place);
      const { header, rows } = eppgbmRows({ ...input, place });
      const file = eppgbmFileName(unit.data.name, month);
      const blob = await writeSheet(header, rows, eppgbmSheetName(unit.data.name, month));
      const how = await shareXlsx(file, blob);
      if (how !== 'cancelled') void toast({ message: t('interop.eppgbm.done', { file }), duration: 2500, position: 'top' });
    } finally {
      setBusy(false);
    }
  };

  const options = (monthOk || !isValidMonth(month) ? months : [month, ...months]).map((m) => ({ value: m, label: formatMonth(m) }));
  return (
    <>
      <p className="pd-muted">{t('interop.eppgbm.exportIntro')}</p>
      <SelectField label={t('interop.eppgbm.month')} name="month" value={isValidMonth(month) ? month : ''} options={options}
        onChange={(m) => setParams({ bulan: m }, { replace: true })}
        error={!isValidMonth(month) ? t('interop.eppgbm.badMonth') : !monthOk ? t('interop.eppgbm.futureMonth') : null} />
      {monthOk && counted && (
        <p data-count={counted.rows}>
          {counted.rows ? t('interop.eppgbm.rowsOfMonth', { n: counted.rows, children: counted.children, month: formatMonth(month) }) : t('interop.eppgbm.noneInMonth', { month: formatMonth(month) })}
        </p>
      )}
      {place && (
        <fieldset className="pd-card">
          <legend>{t('interop.eppgbm.place')}</legend>
          {PLACE_FIELDS.map((k) => (
            <TextField key={k} label={t(`interop.eppgbm.${k}`)} name={k} value={place[k] ?? ''} onChange={(s) => setPlace({ ...place, [k]: s })} />
          ))}
        </fieldset>
      )}
      <IonButton expand="block" data-action="eppgbm-download" disabled={!monthOk || !input || !place || busy} onClick={() => void download()}>
        {busy ? t('interop.eppgbm.making') : t('interop.eppgbm.download')}
      </IonButton>
    </>
  );
}
