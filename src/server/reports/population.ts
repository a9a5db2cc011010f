import { monthRange, parseAddr, populationRecapRange, sumRecaps, type PopulationRecap } from '../../domain';
import { rtEvents, type RtBooks } from './population-inputs';
import { desaOfAddr, groupRows, kecamatanOf } from './places';

// Population overview: the month-end recap (B3) of every RT by the domain's populationRecapRange,
// summed per desa and kecamatan with sumRecaps; births and deaths per month of the year so far;
// the December recap per desa for the village heads' yearly reports (003 Pasal 58 ayat 12).

export interface RtRow {
  addr: string;
  desa: string;
  desaName: string;
  kecamatan: string;
  rt: string;
  recap: PopulationRecap;
  /** people born / died in each month from January to the report month */
  births: number[];
  deaths: number[];
}

export interface PopulationTotal {
  code: string;
  name: string;
  rts: number;
  recap: PopulationRecap;
  births: number[];
  deaths: number[];
}

export interface PopulationOverview {
  month: string;
  months: string[];
  rows: RtRow[];
  desa: PopulationTotal[];
  kecamatan: PopulationTotal[];
  total: PopulationTotal;
  /** December recap per desa of `decemberYear` */
  decemberYear: number;
  december: { code: string; name: string; recap: PopulationRecap }[];
}

/** One RT's row and its December recap (what the county stores per RT); null: not an RT book. */
export interface RtResult {
  row: RtRow;
  decRecap: PopulationRecap;
}

export function rtResult(b: RtBooks, month: string, decemberYear: number): RtResult | null {
  const desa = desaOfAddr(b.addr);
  const rt = parseAddr(b.addr).rt;
  if (!rt || !desa) return null;
  const events = rtEvents(b);
  const range = populationRecapRange(events, `${month.slice(0, 4)}-01`, month);
  const dec = `${decemberYear}-12`;
  return {
    row: {
      addr: b.addr,
      desa,
      desaName: b.desaName,
      kecamatan: kecamatanOf(desa),
      rt,
      recap: range[range.length - 1],
      births: range.map((r) => r.lahir.jiwa),
      deaths: range.map((r) => r.mati.jiwa),
    },
    decRecap: populationRecapRange(events, dec, dec)[0],
  };
}

export function populationOverview(books: RtBooks[], month: string, decemberYear: number): PopulationOverview {
  return populationOf(books.map((b) => rtResult(b, month, decemberYear)).filter((r) => r !== null), month, decemberYear);
}

/** Sorted RT rows summed per desa and kecamatan, births and deaths per month, December per desa. */
export function populationOf(results: RtResult[], month: string, decemberYear: number): PopulationOverview {
  const from = `${month.slice(0, 4)}-01`;
  const months = monthRange(from, month);
  const dec = `${decemberYear}-12`;
  // 6,000 RT a kabupaten: plain loops over the rows, no per-row copies.
  const items = results.map((r) => ({ desa: r.row.desa, row: r.row, decRecap: r.decRecap }));
  items.sort((a, b) => (a.row.addr < b.row.addr ? -1 : a.row.addr > b.row.addr ? 1 : 0));
  const g = groupRows(items);
  const total = (code: string, name: string, rs: typeof items): PopulationTotal => {
    const births = months.map(() => 0);
    const deaths = months.map(() => 0);
    for (const { row } of rs) {
      for (let i = 0; i < months.length; i++) {
        births[i] += row.births[i];
        deaths[i] += row.deaths[i];
      }
    }
    return { code, name, rts: rs.length, recap: sumRecaps(month, rs.map((r) => r.row.recap)), births, deaths };
  };
  const nameOf = (rs: typeof items) => rs.find((r) => r.row.desaName)?.row.desaName ?? '';
  return {
    month,
    months,
    rows: items.map((r) => r.row),
    desa: [...g.desa].map(([code, rs]) => total(code, nameOf(rs), rs)),
    kecamatan: [...g.kecamatan].map(([code, rs]) => total(code, '', rs)),
    total: total('', '', items),
    decemberYear,
    december: [...g.desa].map(([code, rs]) => ({ code, name: nameOf(rs), recap: sumRecaps(dec, rs.map((r) => r.decRecap)) })),
  };
}
