import { IonButton } from '@ionic/react';
import { Link } from 'react-router-dom';
import type { BoardResult } from '../../../domain/lkd';
import { formatDate, useLang, useT } from '../../i18n';
import { Findings } from '../ui/Findings';
import { groundLabel, positionLabel } from '../ui/words';

/** One board: SK, term, its findings, and its members with theirs. */
export function BoardCard({ b, canWrite }: { b: BoardResult; canWrite: boolean }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const d = (iso: string) => formatDate(iso, lang);
  const board = b.board;
  const seats = [...b.seats].sort((x, y) => Number(y.active) - Number(x.active));
  return (
    <div className="lkd-card" data-testid="lkd-board">
      <div className="lkd-row">
        <strong>{t(`lkd.status.${b.status}`)}</strong>
        <span className="lkd-muted">{t('lkd.home.term', { from: d(board.termStart), to: b.termEnd ? d(b.termEnd) : '…' })}</span>
      </div>
      <p className="lkd-muted">
        {board.skNumber ? t('lkd.board.sk', { no: board.skNumber, date: board.skDate ? d(board.skDate) : '—' }) : t('lkd.board.noSk')}
      </p>
      <Findings findings={b.findings} />
      <ul className="lkd-list" data-testid="lkd-seats">
        {seats.map((s) => {
          const p = s.seat.person;
          const rt = p.residence.known ? p.residence.rt : undefined;
          return (
            <li key={s.seat.id} className={s.active ? '' : 'lkd-seat-ended'}>
              <Link to={`/desa/anggota/${s.seat.id}`} data-seat={p.name}>
                <div className="lkd-row">
                  <span>
                    <span className="lkd-muted">{positionLabel(t, s.seat.position, s.seat.section)}{s.seat.acting ? ` (${t('lkd.seat.actingShort')})` : ''}</span>
                    <br />
                    <span className="lkd-name">{p.name}</span>
                  </span>
                  <span className="lkd-muted">
                    {s.age !== undefined ? t('lkd.seat.age', { age: s.age }) : ''}
                    {rt ? ` · ${t('lkd.rt', { rt })}` : ''}
                    {!p.inBooks ? ` · ${t('lkd.seat.typed')}` : ''}
                  </span>
                </div>
                {!s.active && s.seat.end && (
                  <div className="lkd-muted">{t('lkd.seat.ended', { date: d(s.seat.end), reason: s.seat.endReason ? groundLabel(t, s.seat.endReason) : '—' })}</div>
                )}
                <Findings findings={s.findings} compact />
              </Link>
            </li>
          );
        })}
      </ul>
      {canWrite && (
        <div className="lkd-noprint">
          <IonButton size="small" routerLink={`/desa/kepengurusan/${board.id}/anggota-baru`}>{t('lkd.board.addSeat')}</IonButton>
          <IonButton size="small" fill="outline" routerLink={`/desa/kepengurusan/${board.id}/ubah`}>{t('lkd.board.edit')}</IonButton>
        </div>
      )}
    </div>
  );
}
