import type { CsvLabels } from '../../../data/rt';
import type { MessageKey } from '../../i18n';

/** The CSV's section titles and columns in the user's language. */
export function csvLabels(t: (k: MessageKey, p?: Record<string, string | number>) => string, title: string): CsvLabels {
  return {
    title,
    recap: t('rt.rp.recap'),
    rowNames: { start: t('rt.rk.row.start'), lahir: t('rt.rk.row.lahir'), datang: t('rt.rk.row.datang'), mati: t('rt.rk.row.mati'), pindah: t('rt.rk.row.pindah'), end: t('rt.rk.row.end') },
    births: t('rt.rp.births'), deaths: t('rt.rp.deaths'), temps: t('rt.rp.temps'), rentan: t('rt.rp.rentan'), activities: t('rt.rp.activities'),
    cols: {
      name: t('rt.p.name'), sex: t('rt.p.sex'), date: t('rt.m.date'), place: t('rt.p.birthPlace'), household: t('rt.hh.head'),
      idNumber: t('rt.tmp.idNumber'), purpose: t('rt.tmp.purpose'), host: t('rt.tmp.hostName'), departure: t('rt.tmp.departureDate'),
      missing: t('rt.rp.missing'), title: t('rt.rp.activityTitle'), description: t('rt.rp.activityDesc'), notes: t('rt.p.notes'),
    },
    docName: (k) => t(`rt.p.doc.${k}` as MessageKey),
  };
}
