import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { createPost, savePost } from '../../../data/posyantek';
import type { PostData } from '../../../domain/records/posyantek';
import { useT } from '../../i18n';
import { DateField, TextField } from '../../rt/ui/Field';
import { Page } from '../ui/Page';
import { usePosyantek, usePostBooks } from '../store';
import { useWriter } from '../useWriter';

/** The Posyantek itself: recorded once per desa or kecamatan (/desa/posyantek-baru), its SK and registration edited (/desa/posyantek/:postId/ubah). */
export default function PostFormPage() {
  const t = useT();
  const { postId } = useParams();
  return (
    <Page title={postId ? t('pt.post.editTitle') : t('pt.post.newTitle')} back={postId ? `/desa/posyantek/${postId}` : '/desa'}>
      <PostForm postId={postId} />
    </Page>
  );
}

function PostForm({ postId }: { postId?: string }) {
  const t = useT();
  const navigate = useNavigate();
  const ctx = usePosyantek((s) => s.ctx);
  const books = usePostBooks(postId);
  const { write, saving } = useWriter();
  const base = books?.post.data;
  const level = base?.level ?? ctx?.level ?? 'desa';
  // A Posyantek's own phone knows its place by the enrolment's label ('Posyantekdes Prangat Selatan').
  const place = base?.placeName ?? (ctx?.placeName ?? '').replace(/^Posyantek(des| Antar Desa,?)\s*/i, '');
  const [f, setF] = useState({
    name: base?.name ?? (level === 'desa' ? t('pt.post.defaultDesa', { place }) : t('pt.post.defaultKec', { place })).trim(),
    placeName: place, formedOn: base?.formedOn ?? '', skNumber: base?.skNumber ?? '', skDate: base?.skDate ?? '', registrationNo: base?.registrationNo ?? '',
  });
  const [tried, setTried] = useState(false);
  if (postId && !books) return <p>{t('pt.notFound')}</p>;
  if (!ctx?.canWrite || (!postId && !ctx.placeAddr)) return <p>{t('pt.readOnly')}</p>;
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const opt = (s: string) => s.trim() || undefined;

  const submit = async () => {
    setTried(true);
    if (!f.name.trim()) return;
    const data: PostData = {
      level,
      name: f.name.trim(),
      ...(opt(f.placeName) ? { placeName: opt(f.placeName) } : {}),
      ...(f.formedOn ? { formedOn: f.formedOn } : {}),
      ...(opt(f.skNumber) ? { skNumber: opt(f.skNumber) } : {}),
      ...(f.skDate ? { skDate: f.skDate } : {}),
      ...(opt(f.registrationNo) ? { registrationNo: opt(f.registrationNo) } : {}),
      ...(base?.notes ? { notes: base.notes } : {}),
    };
    const r = await write((db, wctx) => (books ? savePost(db, books.post, data, wctx) : createPost(db, ctx.placeAddr!, data, wctx)));
    if (r.ok) navigate(`/desa/posyantek/${r.value.id}`, { replace: true });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <p className="lkd-muted">{t(level === 'desa' ? 'pt.post.levelDesa' : 'pt.post.levelKec')}</p>
      <TextField label={t('pt.post.name')} name="name" value={f.name} onChange={set('name')} error={tried && !f.name.trim() ? t('common.required') : null} />
      <TextField label={t(level === 'desa' ? 'pt.post.placeDesa' : 'pt.post.placeKec')} name="placeName" value={f.placeName} onChange={set('placeName')} />
      <DateField label={t('pt.post.formedOn')} name="formedOn" value={f.formedOn} onChange={set('formedOn')} />
      <TextField label={t('pt.post.skNumber')} name="skNumber" value={f.skNumber} onChange={set('skNumber')}
        hint={t(level === 'desa' ? 'pt.post.skHintDesa' : 'pt.post.skHintKec')} />
      <DateField label={t('pt.post.skDate')} name="skDate" value={f.skDate} onChange={set('skDate')} />
      <TextField label={t('pt.post.registrationNo')} name="registrationNo" value={f.registrationNo} onChange={set('registrationNo')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
