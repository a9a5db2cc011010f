import { useState, type ChangeEvent } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate } from 'react-router-dom';
import { ERROR_CODES, NoHeaderError, importSummary, planEppgbmImport, type ImportPlan, type ImportRow } from '../../domain/interop/eppgbm-import';
import { getDb } from '../../data';
import { InvalidRecordError } from '../../data/records';
import { localToday } from '../../data/posyandu';
import { applyEppgbmImport, type ImportResult } from '../../data/posyandu/import';
import { useT, formatDate, formatMeasure } from '../i18n';
import { useIssueWords } from '../ui/useIssueWords';
import { useSaver } from '../shell/useSaver';
import { PageShell } from '../posyandu/ui/PageShell';
import { usePosyandu } from '../posyandu/store';
import { readFirstSheet } from './xlsx';
import { problemText } from './problemWords';

// "Impor dari e-PPGBM" (issue 16 item 2): pick an e-PPGBM export → a preview where every row with a
// problem says it in words → the good rows become children and weighings → a summary. Nothing is
// written before "Impor"; a second import of the same file adds nothing (data/posyandu/import.ts).

type Step =
  | { at: 'pick'; error?: 'notXlsx' | 'noHeader' }
  | { at: 'reading'; file: string }
  | { at: 'preview'; file: string; plan: ImportPlan }
  | { at: 'saving'; file: string; plan: ImportPlan }
  | { at: 'done'; file: string; result: ImportResult };

export default function EppgbmImportPage() {
  const t = useT();
  return (
    <PageShell title={t('interop.eppgbm.importTitle')} back="/posyandu/register">
      <Body />
    </PageShell>
  );
}

function Body() {
  const t = useT();
  const navigate = useNavigate();
  const { unit, reg } = usePosyandu();
  const [step, setStep] = useState<Step>({ at: 'pick' });
  const [onlyProblems, setOnlyProblems] = useState(true);
  const { save } = useSaver();
  if (!unit || !reg) return <p>{t('interop.eppgbm.noUnit')}</p>;

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    setStep({ at: 'reading', file: f.name });
    let rows;
    try {
      rows = await readFirstSheet(f);
    } catch {
      setStep({ at: 'pick', error: 'notXlsx' });
      return;
    }
    try {
      setStep({ at: 'preview', file: f.name, plan: planEppgbmImport(rows, localToday()) });
    } catch (err) {
      if (err instanceof NoHeaderError) setStep({ at: 'pick', error: 'noHeader' });
      else throw err;
    }
  };

  const run = async (file: string, plan: ImportPlan) => {
    setStep({ at: 'saving', file, plan });
    // A storage failure half-way keeps what was written (each child and weighing is its own
    // transaction) and says so; importing the file again finishes the rest without duplicates.
    const r = await save(() => applyEppgbmImport(getDb(), unit.addr, plan), { success: false });
    await usePosyandu.getState().refresh();
    setStep(r.ok ? { at: 'done', file, result: r.value } : { at: 'preview', file, plan });
  };

  if (step.at === 'pick' || step.at === 'reading') {
    return (
      <>
        <p className="pd-muted">{t('interop.eppgbm.importIntro')}</p>
        <label className="pd-field">
          <span className="pd-label">{t('interop.eppgbm.pick')}</span>
          <input type="file" name="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={step.at === 'reading'} onChange={(e) => void pick(e)} />
        </label>
        {step.at === 'reading' && <p>{t('interop.eppgbm.reading')}</p>}
        {step.at === 'pick' && step.error && <p className="pd-error" role="alert">{t(`interop.eppgbm.${step.error}`)}</p>}
      </>
    );
  }

  if (step.at === 'done') {
    const r = step.result;
    return (
      <section className="pd-card" data-import-result aria-live="polite">
        <p>{t('interop.eppgbm.file', { file: step.file })}</p>
        <p data-result={`${r.childrenNew}/${r.childrenFound}/${r.visitsNew}/${r.visitsAlready}`}>{t('interop.eppgbm.result', { ...r, failed: r.failed.length })}</p>
        {r.failed.length > 0 && <FailedRows failed={r.failed} />}
        <IonButton expand="block" fill="outline" onClick={() => setStep({ at: 'pick' })}>{t('interop.eppgbm.another')}</IonButton>
        <IonButton expand="block" fill="clear" onClick={() => navigate('/posyandu/balita')}>{t('interop.eppgbm.toList')}</IonButton>
      </section>
    );
  }

  const { plan, file } = step;
  const sum = importSummary(plan);
  const shown = onlyProblems ? plan.rows.filter((r) => r.problems.length) : plan.rows;
  return (
    <>
      <p>{t('interop.eppgbm.file', { file })}</p>
      <p data-summary={`${sum.rows}/${sum.ok}/${sum.skipped}/${sum.children}`}>{t('interop.eppgbm.summary', sum)}</p>
      <IonButton size="small" fill="outline" onClick={() => setOnlyProblems(!onlyProblems)}>
        {onlyProblems ? t('interop.eppgbm.filterAll') : t('interop.eppgbm.filterProblems')}
      </IonButton>
      <ul className="pd-list" aria-label={t('interop.eppgbm.importTitle')}>
        {shown.map((r) => <RowItem key={r.sheetRow} row={r} />)}
      </ul>
      {sum.ok ? (
        <IonButton expand="block" data-action="eppgbm-import" disabled={step.at === 'saving'} onClick={() => void run(file, plan)}>
          {step.at === 'saving' ? t('interop.eppgbm.importing') : t('interop.eppgbm.import', { n: sum.ok })}
        </IonButton>
      ) : (
        <p className="pd-error">{t('interop.eppgbm.nothingToImport')}</p>
      )}
      <IonButton expand="block" fill="clear" disabled={step.at === 'saving'} onClick={() => setStep({ at: 'pick' })}>{t('interop.eppgbm.another')}</IonButton>
    </>
  );
}

function RowItem({ row }: { row: ImportRow }) {
  const t = useT();
  const m = row.measure;
  const what = [row.child?.name, m && formatDate(m.date), m && formatMeasure(m.weightKg, 'kg'), m && formatMeasure(m.lengthCm, 'cm')].filter(Boolean).join(' · ');
  return (
    <li data-row={row.sheetRow} data-ok={row.ok ? 'yes' : 'no'}>
      <strong>{t('interop.eppgbm.row', { n: row.sheetRow })}</strong> {what}
      <span className={row.ok ? 'pd-muted' : 'pd-error'}> — {row.ok ? t('interop.eppgbm.rowOk') : t('interop.eppgbm.rowSkipped')}</span>
      {row.problems.length > 0 && (
        <ul>
          {row.problems.map((p, i) => (
            <li key={i} data-problem={p.code} className={ERROR_CODES.has(p.code) ? 'pd-error' : undefined}>{problemText(t, p)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

function FailedRows({ failed }: { failed: ImportResult['failed'] }) {
  const t = useT();
  const words = useIssueWords();
  return (
    <>
      <p className="pd-error">{t('interop.eppgbm.resultFailed', { n: failed.length })}</p>
      <ul>
        {failed.map((f) => (
          <li key={f.sheetRow}>{t('interop.eppgbm.row', { n: f.sheetRow })}: {words(f.error instanceof InvalidRecordError ? f.error.issue : null) ?? t('invalid.record')}</li>
        ))}
      </ul>
    </>
  );
}
