import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { addCash } from '../../../data/posyantek';
import { EXPENSE_CATEGORIES, INCOME_CATEGORIES, type CashCategory } from '../../../domain/posyantek';
import type { CashData } from '../../../domain/records/posyantek';
import { isDateValue } from '../../ui/date-text';
import { formatRupiah, useLang, useT } from '../../i18n';
import { DateField, SelectField, TextField } from '../../rt/ui/Field';
import { localToday } from '../../lkd/ui/dates';
import { Page } from '../ui/Page';
import { usePosyantek, usePostBooks } from '../store';
import { useWriter } from '../useWriter';
import { categoryLabel, parseRupiah } from '../ui/words';

/**
 * A line of the cash book (Pasal 25 ayat (3) huruf c): /desa/posyantek/:postId/kas-baru?arah=masuk|keluar.
 * Lines are written once; a mistake is put right by a correcting line, so the book stays as the
 * treasurer reported it.
 */
export default function CashFormPage() {
  const t = useT();
  const { postId } = useParams();
  return (
    <Page title={t('pt.cash.newTitle')} back={`/desa/posyantek/${postId}/kas`}>
      <CashForm postId={postId} />
    </Page>
  );
}

function CashForm({ postId }: { postId?: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const navigate = useNavigate();
  const canWrite = usePosyantek((s) => s.ctx?.canWrite);
  const books = usePostBooks(postId);
  const { write, saving } = useWriter();
  const [f, setF] = useState({ date: localToday(), category: '', amount: '', description: '', unitId: '', account: 'tunai', receiptNo: '' });
  const [tried, setTried] = useState(false);
  if (!books) return <p>{t('pt.notFound')}</p>;
  if (!canWrite) return <p>{t('pt.readOnly')}</p>;
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const amount = parseRupiah(f.amount);
  const amountErr = tried && !f.amount.trim() ? t('common.required') : f.amount.trim() && amount === null ? t('pt.cash.amountBad') : null;
  const dateErr = tried && !f.date ? t('common.required') : f.date && !isDateValue(f.date) ? t('pt.dateBad') : null;
  const cats = (list: readonly CashCategory[], group: string) => list.map((c) => ({ value: c, label: `${group}: ${categoryLabel(t, c)}` }));

  const submit = async () => {
    setTried(true);
    if (!f.date || !isDateValue(f.date) || !f.category || amount === null || !f.description.trim()) return;
    const data: CashData = {
      date: f.date,
      category: f.category as CashCategory,
      amount,
      description: f.description.trim(),
      ...(f.unitId ? { unitId: f.unitId } : {}),
      ...(f.account === 'tunai' || f.account === 'bank' ? { account: f.account } : {}),
      ...(f.receiptNo.trim() ? { receiptNo: f.receiptNo.trim() } : {}),
    };
    const r = await write((db, wctx) => addCash(db, books.post, data, wctx));
    if (r.ok) navigate(`/desa/posyantek/${postId}/kas?bulan=${f.date.slice(0, 7)}`, { replace: true });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <p className="lkd-muted">{t('pt.cash.appendOnly')}</p>
      <DateField label={t('pt.rec.date')} name="date" value={f.date} onChange={set('date')} max={localToday()} error={dateErr} />
      <SelectField label={t('pt.cash.category')} name="category" value={f.category} onChange={set('category')} empty={t('pt.choose')}
        options={[...cats(INCOME_CATEGORIES, t('pt.cash.in')), ...cats(EXPENSE_CATEGORIES, t('pt.cash.out'))]}
        hint={t('pt.cash.categoryHint')} error={tried && !f.category ? t('common.required') : null} />
      <TextField label={t('pt.cash.amount')} name="amount" value={f.amount} onChange={set('amount')} inputMode="numeric"
        hint={amount !== null ? formatRupiah(amount, lang) : t('pt.cash.amountHint')} error={amountErr} />
      <TextField label={t('pt.cash.description')} name="description" value={f.description} onChange={set('description')} maxLength={200}
        error={tried && !f.description.trim() ? t('common.required') : null} />
      {books.units.length > 0 && (
        <SelectField label={t('pt.cash.unit')} name="unitId" value={f.unitId} onChange={set('unitId')} empty="—" options={books.units.map((u) => ({ value: u.id, label: u.data.name }))} />
      )}
      <SelectField label={t('pt.cash.account')} name="account" value={f.account} onChange={set('account')} options={[{ value: 'tunai', label: t('pt.cash.tunai') }, { value: 'bank', label: t('pt.cash.bank') }]} />
      <TextField label={t('pt.cash.receiptNo')} name="receiptNo" value={f.receiptNo} onChange={set('receiptNo')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
