import type { StrataReport, StrataView, Unit } from '../../../data/posyandu';
import { formatMonth, useT, type MessageKey } from '../../i18n';
import { PrintSheet } from '../../print/PrintSheet';
import { SheetTable } from '../../print/SheetTable';
import { columnsCsv } from '../../print/columns';
import type { CsvSection } from '../../../domain/csv';
import { gapLine, strataColumns, strataRows } from './strataRows';
import '../print.css';

type T = ReturnType<typeof useT>;

export function strataPeriods(t: T, report: StrataReport): { key: string; title: string; view: StrataView }[] {
  return [
    { key: 'year', title: t('posyandu.strata.year', { year: report.year.period.from.slice(0, 4) }), view: report.year },
    { key: 'rolling', title: t('posyandu.strata.rolling', { from: formatMonth(report.rolling.period.from.slice(0, 7)), to: formatMonth(report.rolling.period.to.slice(0, 7)) }), view: report.rolling },
  ];
}

export function strataLines(t: T, unit: Unit, report: StrataReport): string[] {
  return [
    t('posyandu.f1.unit', { name: unit.data.name, desa: unit.data.desaName ?? unit.data.desaCode ?? '' }),
    t('posyandu.strata.profile', { profile: t(`posyandu.profile.${report.profile}` as MessageKey), source: t(`posyandu.strata.source.${report.profileSource}` as MessageKey) }),
  ];
}

export function strataCsv(t: T, unit: Unit, report: StrataReport): CsvSection[] {
  return strataPeriods(t, report).map((p, i) => columnsCsv(strataColumns(t), strataRows(t, p.view), {
    title: `${p.title}: ${t('posyandu.strata.level', { level: t(`posyandu.level.${p.view.result.level}` as MessageKey) })}`,
    lines: i === 0 ? strataLines(t, unit, report) : [],
  }));
}

/** The strata sheet: level of the calendar year (official) and the last 12 months, each indicator, what is missing. */
export function StrataSheet({ unit, report }: { unit: Unit; report: StrataReport }) {
  const t = useT();
  const ketua = unit.data.kaders?.find((k) => k.role === 'ketua' && k.active)?.name;
  return (
    <PrintSheet name="strata" title={t('posyandu.strataSheet.title')} lines={strataLines(t, unit, report)} className="pd-sheet-strata"
      place={unit.data.desaName} signatures={[{ role: t('posyandu.f1.signKades', { desa: unit.data.desaName ?? '' }) }, { role: t('posyandu.f1.signKetua'), name: ketua }]}>
      {strataPeriods(t, report).map((p) => (
        <section key={p.key}>
          <h2>{p.title}: {t('posyandu.strata.level', { level: t(`posyandu.level.${p.view.result.level}` as MessageKey) })}</h2>
          <SheetTable label={`strata-${p.key}`} columns={strataColumns(t)} rows={strataRows(t, p.view)} rowKey={(r) => r.ind} />
          {p.view.result.next && (
            <>
              <p className="kd-note"><strong>{t('posyandu.strata.toNext', { level: t(`posyandu.level.${p.view.result.next.level}` as MessageKey) })}</strong></p>
              <ul className="kd-note">{p.view.gaps.map((g) => <li key={g.indicator}>{gapLine(t, g)}</li>)}</ul>
            </>
          )}
        </section>
      ))}
      <h2>{t('posyandu.integ.title')}</h2>
      <ul className="kd-note">
        {report.integrated.conditions.map((c) => (
          <li key={c.id}>{c.ok ? '✓' : '✗'} {t(`posyandu.integ.${c.id}` as MessageKey, { have: c.id === 'strataAtLeastMadya' ? t(`posyandu.level.${c.have}` as MessageKey) : c.have, need: c.need })}</li>
        ))}
      </ul>
    </PrintSheet>
  );
}
