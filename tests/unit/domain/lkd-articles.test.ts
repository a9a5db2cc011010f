import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KARANG_TARUNA_MEMBERS, RULES, type Ground, type InstitutionRules } from '../../../src/domain/lkd';

// Every article rules.ts cites is looked up in the Perdes itself (a copy in tests/fixtures/seeds) and
// must say what the rule says: the number, the position, the ground. A rule typed from a summary
// (SPEC §6, issue 18) instead of the text fails here.

const TEXT = readFileSync(join(__dirname, '..', '..', 'fixtures', 'seeds', 'perdes-prangat-selatan-2-2025.txt'), 'utf8');

/** Pasal number → its text (headings are written '#### Pasal 14', 'Pasal 8', '- Pasal 90', …). */
function sections(text: string): Map<number, string> {
  const out = new Map<number, string>();
  let cur: number | null = null;
  let buf: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^[\s\-#]*Pasal (\d+)\s*$/.exec(line);
    if (m) {
      if (cur !== null) out.set(cur, buf.join('\n'));
      cur = +m[1];
      buf = [];
    } else buf.push(line);
  }
  if (cur !== null) out.set(cur, buf.join('\n'));
  return out;
}

const PASAL = sections(TEXT);

/** The text of the first citation in an article string ('Pasal 14 ayat (1) huruf f', 'Pasal 89 huruf d angka 1'). */
function cited(article: string): string {
  const m = /Pasal (\d+)(?: ayat \((\d+)\))?(?: huruf ([a-z]))?(?: angka (\d))?/.exec(article);
  if (!m) throw new Error(`not an article: ${article}`);
  let s = PASAL.get(+m[1]);
  if (s === undefined) throw new Error(`${article}: no Pasal ${m[1]} in the Perdes`);
  if (m[2]) {
    const k = +m[2];
    // An ayat starts a line ('(1) …', '- (3) …'); "(2)" inside a sentence is a cross-reference.
    const at = (n: number, after = 0) => {
      const r = new RegExp(`(?:^|\\n)[\\s-]*\\(${n}\\) `, 'g');
      r.lastIndex = after;
      return r.exec(s!)?.index ?? -1;
    };
    const from = at(k);
    if (from < 0) throw new Error(`${article}: no ayat (${k})`);
    const to = at(k + 1, from + 1);
    s = s.slice(from, to < 0 ? undefined : to);
  }
  if (m[3]) {
    const h = new RegExp(`(?:^|\\n)[\\s-]*${m[3]}\\.\\s*([^\\n]*)`).exec(s);
    if (!h) throw new Error(`${article}: no huruf ${m[3]}`);
    if (m[4]) {
      // 'huruf d angka 1': the numbered line under the huruf.
      const n = new RegExp(`\\n[\\s-]*${m[4]}\\.\\s*([^\\n]*)`).exec(s.slice(h.index));
      if (!n) throw new Error(`${article}: no angka ${m[4]}`);
      return n[1].toLowerCase();
    }
    s = h[1];
  }
  return s.toLowerCase();
}

const hasHuruf = (a: string) => / huruf [a-z]/.test(a);
const entries = Object.values(RULES) as InstitutionRules[];

const POSITION_WORD: Record<string, RegExp> = {
  ketua: /ketua/, 'wakil-ketua': /wakil ketua/, sekretaris: /sekretaris/, bendahara: /bendahara/, bidang: /bidang/, kader: /kader merangkap anggota/, anggota: /anggota/,
};
const SECTION_WORD: Record<string, RegExp> = { 'lpm-pemuda-olahraga': /kepemudaan/, 'lpm-sarpras': /sarana dan prasarana/, 'lpm-pendidikan-agama-sosbud': /pendidikan, agama/ };
const GROUND_WORD: Record<Ground, RegExp> = {
  'habis-masa': /masa/, meninggal: /meninggal/, 'berhalangan-tetap': /berhalangan tetap/, mundur: /mengundurkan diri/, 'penghapusan-rt': /penghapusan/,
  pidana: /pidana/, 'norma-adat': /adat/, partai: /politik/, pindah: /pindah|penduduk setempat/, 'tidak-memenuhi-syarat': /syarat/,
  'tidak-aktif-3-bulan': /3 \(tiga\) bulan/, lainnya: /./,
};

describe('LKD rules cite the Perdes correctly', () => {
  it('reads the Perdes', () => expect(PASAL.size).toBeGreaterThan(90));

  const positions = entries.flatMap((r) => r.positions.filter((p) => hasHuruf(p.article)).map((p) => ({ type: r.type, ...p })));
  it.each(positions)('$type $position $section: $article', (p) => {
    const text = cited(p.article);
    if (p.type === 'lainnya') expect(text).toMatch(/kepengurusan/);
    else if (p.section && SECTION_WORD[p.section]) expect(text).toMatch(SECTION_WORD[p.section]);
    else expect(text).toMatch(POSITION_WORD[p.position]);
  });

  const grounds = entries.flatMap((r) => r.grounds.filter((g) => hasHuruf(g.article)).map((g) => ({ type: r.type, ...g })));
  it.each(grounds)('$type ground $ground: $article', (g) => expect(cited(g.article)).toMatch(GROUND_WORD[g.ground]));

  const numbers: [string, string | null | undefined, RegExp[]][] = entries.flatMap((r): [string, string | null | undefined, RegExp[]][] => [
    [`${r.type} term`, r.term?.article, r.term ? [new RegExp(`${r.term.years} \\(\\w+\\) tahun`)] : []],
    [`${r.type} max terms`, r.maxTerms?.article, r.maxTerms ? [new RegExp(`paling banyak ${r.maxTerms.n} \\(dua\\) kali`)] : []],
    [`${r.type} minimum age`, r.age?.article, r.age?.min !== undefined ? [new RegExp(`paling rendah ${r.age.min} \\(`)] : []],
    [`${r.type} maximum age`, r.age && !r.age.maxArticle ? r.age.article : undefined, r.age?.max !== undefined ? [new RegExp(`${r.age.max} \\(\\w+`)] : []],
    [`${r.type} residence`, r.residence?.article, [r.residence?.level === 'rt' ? /penduduk rt setempat/ : /setempat|berdomisili/]],
    [`${r.type} citizenship`, r.citizenship, [/warga negara/]],
    [`${r.type} literacy`, r.literacy, [/membaca dan menulis/]],
    [`${r.type} education`, r.education?.article, [/sekolah lanjutan tingkat atas/]],
    [`${r.type} no other seat`, r.noOtherSeat, [/merangkap jabatan/]],
    [`${r.type} acting limit`, r.replacement?.actingLimitMonths?.article, [/3 \(tiga\) bulan/]],
    [`${r.type} replacement`, r.replacement?.article, [/antar ?waktu|diganti|pelaksana tugas/]],
  ]).filter(([, a, res]) => !!a && res.length > 0);
  it.each(numbers)('%s: %s', (_, article, res) => {
    for (const re of res) expect(cited(article!)).toMatch(re);
  });

  it('RT age is judged at the election (Pasal 14 ayat (1) huruf f)', () => {
    expect(RULES.rt.age).toMatchObject({ min: 21, max: 60, judged: 'election' });
    expect(cited(RULES.rt.age!.article)).toMatch(/pada saat pemilihan/);
  });

  it('LPM and Posyandu ages hold while serving: no "pada saat pemilihan"', () => {
    for (const t of ['lpm', 'posyandu'] as const) {
      expect(RULES[t].age!.judged).toBe('always');
      expect(cited(RULES[t].age!.article)).not.toMatch(/pemilihan/);
    }
    expect(RULES.lpm.age).toMatchObject({ min: 21, max: 60 });
    expect(RULES.posyandu.age).toMatchObject({ min: 17, max: 55 });
  });

  it('Karang Taruna: members 13–45 (Pasal 40 ayat (1)); board at least 17, and over 45 by ayat (6) huruf g', () => {
    expect(cited(KARANG_TARUNA_MEMBERS.article)).toMatch(/13 \(tiga belas\) tahun sampai dengan 45 \(empat puluh lima\)/);
    expect(RULES['karang-taruna'].age).toMatchObject({ min: 17, max: 45 });
    expect(cited(RULES['karang-taruna'].age!.maxArticle!)).toMatch(/pasal 40 ayat \(1\)/);
  });

  it('TP PKK serves 8 years with the kepala desa (Pasal 30 ayat (1)); kelompok PKK has no length (Pasal 31 ayat (1))', () => {
    expect(RULES['tp-pkk'].term?.years).toBe(8);
    expect(cited(RULES['tp-pkk'].term!.article)).toMatch(/mengikuti masa bhakti kepala desa/);
    expect(RULES['pkk-kelompok'].term).toBeNull();
    expect(cited(RULES['pkk-kelompok'].termNote!)).toMatch(/terhitung sejak pelantikan/);
  });
});
