import type { BusinessSplit } from '../../../domain/posyantek';
import { formatRupiah, useLang, useT } from '../../i18n';
import { shareLine } from './words';

/** The business result and its split (Pasal 24 ayat (5), (6)), in whole rupiah, the five lines adding up to the result. */
export function SplitTable({ business, testId }: { business: { income: number; costs: number } & BusinessSplit; testId?: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const r = (n: number) => formatRupiah(n, lang);
  return (
    <table className="lkd-table pt-split" data-testid={testId}>
      <tbody>
        <tr><td>{t('pt.cash.bIncome')}</td><td className="pt-money">{r(business.income)}</td></tr>
        <tr><td>{t('pt.cash.bCosts')}</td><td className="pt-money">{r(business.costs)}</td></tr>
        <tr className="pt-total"><td>{t(business.result < 0 ? 'pt.cash.loss' : 'pt.cash.result')}</td><td className="pt-money">{r(business.result)}</td></tr>
        {business.split ? business.lines.map((l) => (
          <tr key={l.share} data-share={l.share}><td>{shareLine(t, l, lang)}</td><td className="pt-money">{r(l.amount)}</td></tr>
        )) : <tr><td colSpan={2} className="lkd-muted">{t('pt.cash.noSplit')}</td></tr>}
      </tbody>
    </table>
  );
}
