// Unit tests of screen and report code that takes a translate function: every module's strings,
// in the language asked for, as the app has them once a page has loaded.
import { dictionaries, type Lang, type MessageKey } from '../../../src/app/i18n/dictionary';
import { translate, type Params } from '../../../src/app/i18n/translate';
import * as posyanduId from '../../../src/app/i18n/strings/posyandu.id';
import * as posyanduEn from '../../../src/app/i18n/strings/posyandu.en';
import * as rt from '../../../src/app/i18n/strings/rt';
import * as dasawismaId from '../../../src/app/i18n/strings/dasawisma.id';
import * as dasawismaEn from '../../../src/app/i18n/strings/dasawisma.en';
import * as county from '../../../src/app/i18n/strings/county';
import * as print from '../../../src/app/i18n/strings/print';
import * as books from '../../../src/app/i18n/strings/books';
import { parseCsv } from '../../../src/domain/csv';

Object.assign(dictionaries.id, posyanduId.id, rt.id, dasawismaId.id, county.id, print.id, books.id);
Object.assign(dictionaries.en, posyanduEn.en, rt.en, dasawismaEn.en, county.en, print.en, books.en);

export function tr(lang: Lang = 'id') {
  return (key: MessageKey, params?: Params) => translate(lang, key, params);
}

export interface ParsedSection { title: string; head: string[]; rows: string[][] }

/**
 * A CSV of writeCsv read back into its sections (title line, optional lines, heading row, rows),
 * given the number of lines between title and heading for each section.
 */
export function sectionsOf(csv: string, linesBefore: number[] = []): ParsedSection[] {
  const rows = parseCsv(csv);
  const out: ParsedSection[] = [];
  let i = 0;
  let k = 0;
  while (i < rows.length) {
    const title = rows[i][0];
    i += 1 + (linesBefore[k++] ?? 0);
    const head = rows[i++];
    const body: string[][] = [];
    while (i < rows.length && !(rows[i].length === 1 && rows[i][0] === '')) body.push(rows[i++]);
    i++;
    out.push({ title, head, rows: body });
  }
  return out;
}

/** The value under `heading` in a section's row. */
export function cell(s: ParsedSection, row: number, heading: string): string | undefined {
  const c = s.head.indexOf(heading);
  if (c < 0) throw new Error(`no column "${heading}" in ${s.title}: ${s.head.join(' | ')}`);
  return s.rows[row]?.[c];
}
