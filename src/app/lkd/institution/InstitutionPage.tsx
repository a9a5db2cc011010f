import { useMemo } from 'react';
import { IonButton } from '@ionic/react';
import { Link, useParams } from 'react-router-dom';
import { judge } from '../../../data/lkd';
import { formatDate, useLang, useT, type MessageKey } from '../../i18n';
import { BoardCard } from '../board/BoardCard';
import { Findings } from '../ui/Findings';
import { Page } from '../ui/Page';
import { localToday } from '../ui/dates';
import { typeLabel } from '../ui/words';
import { useLkd } from '../store';

export default function InstitutionPage() {
  const t = useT();
  const { id } = useParams();
  const { books } = useLkd();
  const name = books?.groups.find((g) => g.record.id === id)?.record.data.name;
  return (
    <Page title={name ?? t('lkd.inst.title')}>
      <Institution id={id!} />
    </Page>
  );
}

function Institution({ id }: { id: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { ctx, books } = useLkd();
  const today = localToday();
  const judged = useMemo(() => (books ? judge(books, today) : []), [books, today]);
  const j = judged.find((x) => x.group.record.id === id);
  if (!j || !ctx) return <p>{t('lkd.notFound')}</p>;
  const { group, result } = j;
  const rules = result.rules;
  const canWrite = ctx.canWrite;
  const past = result.boards.filter((b) => b !== result.current);
  return (
    <div data-testid="lkd-institution">
      <p className="lkd-muted">
        {typeLabel(t, rules.type)} · {rules.basis}
        {rules.term ? ` · ${t('lkd.inst.termRule', { years: rules.term.years, article: rules.term.article })}` : ''}
        {rules.maxTerms ? ` · ${t('lkd.inst.maxTerms', { n: rules.maxTerms.n, article: rules.maxTerms.article })}` : ''}
      </p>
      {rules.notes?.map((k) => <p key={k} className="lkd-muted">{t(k as MessageKey)}</p>)}
      <h2 className="lkd-section">{t('lkd.inst.currentBoard')}</h2>
      {result.current ? <BoardCard b={result.current} canWrite={canWrite} /> : <Findings findings={result.findings} />}
      {canWrite && (
        <IonButton expand="block" fill={result.current ? 'outline' : 'solid'} routerLink={`/desa/lembaga/${id}/kepengurusan-baru`}>
          {t('lkd.inst.newBoard')}
        </IonButton>
      )}
      {past.length > 0 && (
        <>
          <h2 className="lkd-section">{t('lkd.inst.history')}</h2>
          <ul className="lkd-list" data-testid="lkd-history">
            {past.map((b) => (
              <li key={b.board.id}>
                <Link to={`/desa/kepengurusan/${b.board.id}`}>
                  <div className="lkd-row">
                    <span>{t('lkd.home.term', { from: formatDate(b.board.termStart, lang), to: b.termEnd ? formatDate(b.termEnd, lang) : '…' })}</span>
                    <span className="lkd-muted">{t(`lkd.status.${b.status}`)}</span>
                  </div>
                  <div className="lkd-muted">{b.board.skNumber ?? ''} · {t('lkd.inst.members', { n: b.seats.length })}</div>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="lkd-section">{t('lkd.act.title')}</h2>
      {group.activities.length === 0 && <p className="lkd-muted">{t('lkd.act.none')}</p>}
      <ul className="lkd-list" data-testid="lkd-activities">
        {group.activities.map((a) => (
          <li key={a.id}>
            <Link to={`/desa/kegiatan/${a.id}`}>
              <div className="lkd-row"><span>{a.data.title}</span><span className="lkd-muted">{formatDate(a.data.date, lang)}</span></div>
              {a.data.participants !== undefined && <div className="lkd-muted">{t('lkd.act.participantsN', { n: a.data.participants })}</div>}
            </Link>
          </li>
        ))}
      </ul>
      {canWrite && (
        <div className="lkd-noprint">
          <IonButton size="small" fill="outline" routerLink={`/desa/lembaga/${id}/kegiatan-baru`}>{t('lkd.act.new')}</IonButton>
          <IonButton size="small" fill="outline" routerLink={`/desa/lembaga/${id}/ubah`}>{t('lkd.inst.edit')}</IonButton>
        </div>
      )}
    </div>
  );
}
