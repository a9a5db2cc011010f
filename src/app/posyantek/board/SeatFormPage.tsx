import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { replaceSeat, saveSeat } from '../../../data/posyantek';
import { END_REASONS, POSITIONS, type EndReason, type PosyantekPosition } from '../../../domain/posyantek';
import type { PosyantekSeatData } from '../../../domain/records/posyantek';
import { isDateValue } from '../../ui/date-text';
import { useT } from '../../i18n';
import { DateField, SelectField, TextField } from '../../rt/ui/Field';
import { localToday } from '../../lkd/ui/dates';
import { Page } from '../ui/Page';
import { usePosyantek, usePostBooks } from '../store';
import { useWriter } from '../useWriter';
import { endReasonLabel, positionLabel } from '../ui/words';

/**
 * A member of the board: a new one in a position of a term (/desa/posyantek/:postId/pengurus-baru/:boardId),
 * or the replacement of a member between terms (/…/ganti/:seatId, Pasal 9 ayat (4), (5)): the old
 * seat ends the day before the new one starts, both in one save.
 */
export default function SeatFormPage() {
  const t = useT();
  const { postId, seatId } = useParams();
  return (
    <Page title={seatId ? t('pt.seat.replaceTitle') : t('pt.seat.addTitle')} back={`/desa/posyantek/${postId}/pengurus`}>
      <SeatForm />
    </Page>
  );
}

function SeatForm() {
  const t = useT();
  const navigate = useNavigate();
  const { postId, boardId, seatId } = useParams();
  const query = new URLSearchParams(useLocation().search);
  const canWrite = usePosyantek((s) => s.ctx?.canWrite);
  const books = usePostBooks(postId);
  const { write, saving } = useWriter();
  const old = seatId ? books?.boards.flatMap((b) => b.seats).find((s) => s.id === seatId) : undefined;
  const board = books?.boards.find((b) => b.record.id === (old?.parent ?? boardId))?.record;
  const asked = query.get('jabatan');
  const [f, setF] = useState({
    position: old?.data.position ?? ((POSITIONS as readonly string[]).includes(asked ?? '') ? asked! : ''),
    name: '', nik: '', sex: '', birthDate: '', phone: '', start: old ? localToday() : '', skNumber: '', skDate: '', reason: '' as EndReason | '',
  });
  const [tried, setTried] = useState(false);
  if (!books || !board || (seatId && !old)) return <p>{t('pt.notFound')}</p>;
  if (!canWrite) return <p>{t('pt.readOnly')}</p>;
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const nikBad = f.nik.trim() !== '' && !/^\d{16}$/.test(f.nik.trim());
  const datesBad = [f.start, f.skDate, f.birthDate].some((x) => x && !isDateValue(x));
  const startBad = !!old && (!f.start || f.start <= (old.data.start ?? board.data.termStart));

  const submit = async () => {
    setTried(true);
    if (!f.name.trim() || !f.position || nikBad || datesBad || startBad || (old && !f.reason)) return;
    const data: PosyantekSeatData = {
      position: f.position as PosyantekPosition,
      ...(f.start ? { start: f.start } : {}),
      ...(f.skNumber.trim() ? { skNumber: f.skNumber.trim() } : {}),
      ...(f.skDate ? { skDate: f.skDate } : {}),
      person: {
        name: f.name.trim(),
        ...(f.nik.trim() ? { nik: f.nik.trim() } : {}),
        ...(f.sex === 'L' || f.sex === 'P' ? { sex: f.sex } : {}),
        ...(f.birthDate ? { birthDate: f.birthDate } : {}),
        ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
      },
    };
    const r = await write((db, wctx) => (old ? replaceSeat(db, board, old, f.start, f.reason as EndReason, data, wctx) : saveSeat(db, board, data, wctx)));
    if (r.ok) navigate(`/desa/posyantek/${postId}/pengurus`, { replace: true });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {old ? (
        <>
          <p className="lkd-muted">{t('pt.seat.replacingWho', { name: old.data.person.name, position: positionLabel(t, old.data.position) })}</p>
          <SelectField label={t('pt.seat.reason')} name="reason" value={f.reason} onChange={set('reason')} empty={t('pt.choose')}
            options={END_REASONS.filter((r) => r !== 'habis-masa').map((r) => ({ value: r, label: endReasonLabel(t, r) }))}
            error={tried && !f.reason ? t('common.required') : null} />
        </>
      ) : (
        <SelectField label={t('pt.seat.position')} name="position" value={f.position} onChange={set('position')} empty={t('pt.choose')}
          options={POSITIONS.map((p) => ({ value: p, label: positionLabel(t, p) }))} error={tried && !f.position ? t('common.required') : null} />
      )}
      <TextField label={t('pt.seat.name')} name="name" value={f.name} onChange={set('name')} error={tried && !f.name.trim() ? t('common.required') : null} />
      <TextField label={t('pt.seat.nik')} name="nik" value={f.nik} onChange={set('nik')} inputMode="numeric" maxLength={16} error={nikBad ? t('pt.seat.nikBad') : null} />
      <SelectField label={t('pt.seat.sex')} name="sex" value={f.sex} onChange={set('sex')} empty="—" options={[{ value: 'L', label: t('pt.seat.sexL') }, { value: 'P', label: t('pt.seat.sexP') }]} />
      <DateField label={t('pt.seat.birthDate')} name="birthDate" value={f.birthDate} onChange={set('birthDate')} max={localToday()} />
      <TextField label={t('pt.seat.phone')} name="phone" value={f.phone} onChange={set('phone')} inputMode="numeric" />
      <DateField label={t('pt.seat.start')} name="start" value={f.start} onChange={set('start')}
        hint={old ? null : t('pt.seat.startHint')} error={tried && startBad ? t('pt.seat.startBad') : null} />
      <TextField label={t('pt.post.skNumber')} name="skNumber" value={f.skNumber} onChange={set('skNumber')}
        hint={old ? t(books.post.data.level === 'desa' ? 'pt.seat.skReplaceDesa' : 'pt.seat.skReplaceKec') : null} />
      <DateField label={t('pt.post.skDate')} name="skDate" value={f.skDate} onChange={set('skDate')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
