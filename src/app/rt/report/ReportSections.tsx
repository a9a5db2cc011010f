import type { MonthlyReport, Register } from '../../../data/rt';
import { formatDate, useT } from '../../i18n';

/** Parts A–D of the monthly report (Pasal 24 ayat 2) as printable tables. */
export function ReportSections({ r, reg }: { r: MonthlyReport; reg: Register }) {
  const t = useT();
  const hhName = (id: string) => {
    const h = reg.households.find((x) => x.household.id === id);
    return h ? `${h.head?.data.name ?? ''} · ${h.household.data.address}` : '';
  };
  const none = <tr><td colSpan={5}>{t('rt.rp.empty')}</td></tr>;
  return (
    <>
      <h3>{t('rt.rp.births')}</h3>
      <table className="rt-table list" data-testid="rt-report-births">
        <thead><tr><th>{t('rt.p.name')}</th><th>{t('rt.p.sex')}</th><th>{t('rt.m.date')}</th><th>{t('rt.hh.head')}</th></tr></thead>
        <tbody>{r.births.length ? r.births.map((e) => <tr key={e.rootId}><td>{e.data.name}</td><td>{e.data.sex}</td><td>{formatDate(e.data.date)}</td><td>{hhName(e.data.householdId)}</td></tr>) : none}</tbody>
      </table>
      <h3>{t('rt.rp.deaths')}</h3>
      <table className="rt-table list" data-testid="rt-report-deaths">
        <thead><tr><th>{t('rt.p.name')}</th><th>{t('rt.p.sex')}</th><th>{t('rt.m.date')}</th><th>{t('rt.m.cause')}</th></tr></thead>
        <tbody>{r.deaths.length ? r.deaths.map((e) => <tr key={e.rootId}><td>{e.data.name}</td><td>{e.data.sex}</td><td>{formatDate(e.data.date)}</td><td>{e.data.cause ?? ''}</td></tr>) : none}</tbody>
      </table>
      <h3>{t('rt.rp.temps')}</h3>
      <table className="rt-table list">
        <thead><tr><th>{t('rt.p.name')}</th><th>{t('rt.tmp.arrivedFrom')}</th><th>{t('rt.tmp.purpose')}</th><th>{t('rt.tmp.arrivalDate')}</th><th>{t('rt.tmp.departureDate')}</th></tr></thead>
        <tbody>{r.temps.length ? r.temps.map((x) => <tr key={x.id}><td>{x.data.name}</td><td>{x.data.arrivedFrom ?? ''}</td><td>{x.data.purpose ?? ''}</td><td>{formatDate(x.data.arrivalDate)}</td><td>{x.data.departureDate ? formatDate(x.data.departureDate) : ''}</td></tr>) : none}</tbody>
      </table>
      <h3>{t('rt.rp.rentan')}</h3>
      <table className="rt-table list" data-testid="rt-report-rentan">
        <thead><tr><th>{t('rt.p.name')}</th><th>{t('rt.hh.head')}</th><th>{t('rt.rp.missing')}</th></tr></thead>
        <tbody>{r.rentan.length ? r.rentan.map((x) => (
          <tr key={x.row.person.id}><td>{x.row.person.data.name}</td><td>{x.row.household ? hhName(x.row.household.id) : ''}</td><td>{x.missing.map((k) => t(`rt.p.doc.${k}`)).join(', ')}</td></tr>
        )) : none}</tbody>
      </table>
    </>
  );
}
