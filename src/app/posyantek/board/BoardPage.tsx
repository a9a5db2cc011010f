import { IonButton } from '@ionic/react';
import { useParams } from 'react-router-dom';
import { boardView, type PostBooks } from '../../../data/posyantek';
import { POSITIONS, skIssuer, type BoardFinding } from '../../../domain/posyantek';
import { formatDate, useLang, useT } from '../../i18n';
import { localToday } from '../../lkd/ui/dates';
import { Page } from '../ui/Page';
import { usePosyantek, usePostBooks } from '../store';
import { endReasonLabel, positionLabel } from '../ui/words';

/** The board: every term with its SK, the six positions and who holds them, replacements between terms (/desa/posyantek/:postId/pengurus). */
export default function BoardPage() {
  const t = useT();
  const { postId } = useParams();
  const books = usePostBooks(postId);
  return (
    <Page title={t('pt.board.title')} back={`/desa/posyantek/${postId}`}>
      {books ? <Boards books={books} /> : <p>{t('pt.notFound')}</p>}
    </Page>
  );
}

function Boards({ books }: { books: PostBooks }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const canWrite = usePosyantek((s) => s.ctx?.canWrite);
  const d = (iso?: string) => (iso ? formatDate(iso, lang) : '…');
  const today = localToday();
  const base = `/desa/posyantek/${books.post.id}`;
  const issuer = skIssuer(books.post.data.level) === 'kepala-desa' ? t('pt.board.skKades') : t('pt.board.skBupati');
  const finding = (f: BoardFinding) => {
    switch (f.code) {
      case 'open-position': return t('pt.f.open', { position: positionLabel(t, f.position) });
      case 'double-position': return t('pt.f.double', { position: positionLabel(t, f.position) });
      case 'two-positions': return t('pt.f.twoPositions', { name: f.name });
      case 'replacement-without-sk': return t('pt.f.noSk');
      case 'seat-outside-term': return t('pt.f.outside');
      case 'term-ended': return t('pt.f.ended');
      case 'term-ending-soon': return t('pt.f.endingSoon', { date: d(f.end) });
    }
  };
  return (
    <div data-testid="pt-board">
      <p className="lkd-muted">{t('pt.board.rule', { issuer })}</p>
      {books.boards.length === 0 && <p>{t('pt.home.noBoard')}</p>}
      {books.boards.map(({ record, seats }, i) => {
        const view = boardView(record, seats, today);
        const bySeat = new Map(seats.map((s) => [s.id, s]));
        return (
          <section key={record.id} className="lkd-card" data-testid={i === 0 ? 'pt-board-current' : 'pt-board-earlier'}>
            <p><strong>{t('pt.board.term', { from: d(record.data.termStart), to: d(view.termEnd) })}</strong></p>
            <p className="lkd-muted">{record.data.skNumber ? t('pt.post.sk', { no: record.data.skNumber, date: d(record.data.skDate) }) : t('pt.post.noSk')}</p>
            <ul className="lkd-findings">
              {view.findings.map((f, k) => <li key={k} className="lkd-f warning" data-finding={f.code}>{finding(f)}</li>)}
            </ul>
            <table className="lkd-table" data-testid="pt-seats">
              <thead><tr><th>{t('pt.seat.position')}</th><th>{t('pt.seat.name')}</th></tr></thead>
              <tbody>
                {POSITIONS.map((p) => {
                  const holder = view.holders[p];
                  const held = seats.filter((s) => s.data.position === p).sort((a, b) => ((a.data.start ?? '') < (b.data.start ?? '') ? -1 : 1));
                  return (
                    <tr key={p}>
                      <td>{positionLabel(t, p)}</td>
                      <td>
                        {held.map((s) => (
                          <div key={s.id} className={s.id === holder?.id ? '' : 'lkd-seat-ended'} data-testid="pt-seat">
                            {s.data.person.name}
                            {s.data.replaces && bySeat.get(s.data.replaces) && <span className="lkd-muted"> · {t('pt.seat.replacing', { name: bySeat.get(s.data.replaces)!.data.person.name, date: d(s.data.start) })}</span>}
                            {s.data.end && <span className="lkd-muted"> · {t('pt.seat.ended', { date: d(s.data.end), reason: s.data.endReason ? endReasonLabel(t, s.data.endReason) : '' })}</span>}
                            {canWrite && s.id === holder?.id && (
                              <IonButton size="small" fill="clear" routerLink={`${base}/ganti/${s.id}`} className="lkd-noprint">{t('pt.seat.replace')}</IonButton>
                            )}
                          </div>
                        ))}
                        {!holder && canWrite && i === 0 && (
                          <IonButton size="small" fill="clear" routerLink={`${base}/pengurus-baru/${record.id}?jabatan=${p}`} className="lkd-noprint">{t('pt.seat.fill')}</IonButton>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {canWrite && (
              <IonButton size="small" fill="outline" routerLink={`${base}/kepengurusan/${record.id}`} className="lkd-noprint">{t('pt.board.edit')}</IonButton>
            )}
          </section>
        );
      })}
      {canWrite && (
        <div className="lkd-noprint">
          {books.boards[0] && (
            <IonButton expand="block" routerLink={`${base}/pengurus-baru/${books.boards[0].record.id}`}>{t('pt.seat.add')}</IonButton>
          )}
          <IonButton expand="block" fill="outline" routerLink={`${base}/kepengurusan-baru`}>{t('pt.board.new')}</IonButton>
        </div>
      )}
    </div>
  );
}
