import { useState } from 'react';
import { format } from 'date-fns';
import { civilDayNumber, dateOfDayNumber } from '../../domain/dates';
import { useLang, useT } from '../i18n';
import { dateLocales } from '../i18n/date-locales';

// A month grid drawn by the app, in the app's language (month and day names from date-fns'
// locale), Monday first: the browser's locale plays no part. Ionic's ion-datetime does the same
// job with `locale`, but weighs ~28 KB gz more (docs: src/app/ui/README.md); this is ~2 KB.

const pad = (n: number) => String(n).padStart(2, '0');

interface Props {
  /** The date shown selected (ISO), if any. */
  value: string;
  today: string;
  min?: string;
  max?: string;
  onPick(iso: string): void;
  onClose(): void;
  name: string;
}

export function Calendar({ value, today, min, max, onPick, onClose, name }: Props) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const locale = dateLocales[lang];
  const start = value || (max && today > max ? max : min && today < min ? min : today);
  const [ym, setYm] = useState({ y: +start.slice(0, 4), m: +start.slice(5, 7) });
  const { y, m } = ym;
  const shift = (n: number) => {
    const i = y * 12 + (m - 1) + n;
    setYm({ y: Math.floor(i / 12), m: (i % 12) + 1 });
  };
  const first = civilDayNumber(y, m, 1);
  // 1970-01-01 was a Thursday: (day number + 3) mod 7 is 0 on Mondays.
  const lead = (((first + 3) % 7) + 7) % 7;
  const cells = Array.from({ length: 42 }, (_, i) => dateOfDayNumber(first - lead + i));
  const minYear = min ? +min.slice(0, 4) : 1900;
  const maxYear = max ? +max.slice(0, 4) : +today.slice(0, 4) + 2;
  const years = Array.from({ length: Math.max(1, maxYear - minYear + 1) }, (_, i) => maxYear - i);
  const out = (iso: string) => (!!min && iso < min) || (!!max && iso > max);
  const monthName = (i: number) => format(new Date(2020, i, 1), 'LLLL', { locale });
  const dayName = (i: number) => format(new Date(2020, 0, 6 + i), 'EEEEEE', { locale });
  return (
    <div className="kd-cal" role="group" aria-label={t('ui.date.calendar')} data-testid={`calendar-${name}`}>
      <div className="kd-cal-head">
        <button type="button" onClick={() => shift(-1)} aria-label={t('ui.date.prev')}>‹</button>
        <select aria-label={t('ui.date.month')} value={m} onChange={(e) => setYm({ y, m: +e.target.value })}>
          {Array.from({ length: 12 }, (_, i) => <option key={i} value={i + 1}>{monthName(i)}</option>)}
        </select>
        <select aria-label={t('ui.date.year')} value={y} onChange={(e) => setYm({ y: +e.target.value, m })}>
          {!years.includes(y) && <option value={y}>{y}</option>}
          {years.map((yy) => <option key={yy} value={yy}>{yy}</option>)}
        </select>
        <button type="button" onClick={() => shift(1)} aria-label={t('ui.date.next')}>›</button>
      </div>
      <div className="kd-cal-grid" role="grid">
        {Array.from({ length: 7 }, (_, i) => <span key={`h${i}`} className="kd-cal-dow" role="columnheader">{dayName(i)}</span>)}
        {cells.map((iso) => {
          const inMonth = iso.slice(0, 7) === `${y}-${pad(m)}`;
          const cls = ['kd-cal-day', inMonth ? '' : 'other', iso === value ? 'picked' : '', iso === today ? 'today' : ''].filter(Boolean).join(' ');
          return (
            <button key={iso} type="button" className={cls} disabled={out(iso)} aria-pressed={iso === value}
              aria-label={format(new Date(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)), 'd MMMM yyyy', { locale })}
              data-date={iso} onClick={() => onPick(iso)}>
              {+iso.slice(8, 10)}
            </button>
          );
        })}
      </div>
      <div className="kd-cal-foot">
        {!out(today) && <button type="button" onClick={() => onPick(today)}>{t('ui.date.today')}</button>}
        <button type="button" onClick={onClose}>{t('ui.date.close')}</button>
      </div>
    </div>
  );
}
