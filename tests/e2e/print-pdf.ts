// Printing as the user gets it: the page under print media, saved as a PDF by Chromium (what
// "Cetak" → "Simpan sebagai PDF" gives on a phone), read back with poppler's pdftotext. Every print
// test goes through printPdf(): a form is checked by the words and figures on its pages, not by an
// element being visible.
//
//   const pdf = await printPdf(page, 'skdn');
//   expect(pdf.pages[0]).toMatch(/S\s+Balita di wilayah .* 36/);
//   expect(pdf.pages.length).toBeGreaterThan(1);
//
// The PDFs stay in .tmp/print/ (and PNGs of each page with KD_PRINT_PNG=1) to look at.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './browser';

export const PRINT_DIR = join(REPO_ROOT, '.tmp', 'print');

export interface PrintedPdf {
  file: string;
  /** text of each page (pdftotext -layout: table rows stay on one line) */
  pages: string[];
  /** all pages, joined */
  text: string;
  /** page sizes in points, e.g. { w: 842, h: 595 } for A4 landscape */
  sizes: { w: number; h: number }[];
}

function need(tool: string): void {
  if (spawnSync(tool, ['-v']).error) {
    throw new Error(`${tool} not found: install Debian's poppler-utils (apt-get install -y poppler-utils; npm test does it as root)`);
  }
}

/** Prints the page to PDF the way Chromium's print dialog does (CSS page sizes honoured). */
export async function printPdf(page: Page, name: string): Promise<PrintedPdf> {
  need('pdftotext');
  mkdirSync(PRINT_DIR, { recursive: true });
  const file = join(PRINT_DIR, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  try {
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  const pages = text.split('\f').slice(0, -1);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ w: Math.round(+m[1]), h: Math.round(+m[2]) }));
  if (process.env.KD_PRINT_PNG) execFileSync('pdftoppm', ['-png', '-r', '50', file, join(PRINT_DIR, name)]);
  return { file, pages, text: pages.join('\n'), sizes };
}

/** True when the page is landscape. */
export const landscape = (s: { w: number; h: number }) => s.w > s.h;

/** The first line of `text` matching `re` (a table row), or '' when none. */
export function lineOf(text: string, re: RegExp): string {
  return text.split('\n').find((l) => re.test(l)) ?? '';
}

/** The figures of a printed line, as written ('8,7', '−3,75', '12'). */
export function figures(line: string): string[] {
  return line.match(/[−-]?\d+(?:[.,]\d+)*/g) ?? [];
}

/**
 * A numbered table row as printed: its first line (matching `re`) and the wrapped lines under it,
 * up to the next numbered row or a blank line, joined with spaces. pdftotext places a short cell
 * (a date) on the line of the middle of a tall neighbour's text, so one row can span lines.
 */
export function rowOf(text: string, re: RegExp): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => re.test(l));
  if (i < 0) return '';
  const out = [lines[i]];
  for (const l of lines.slice(i + 1)) {
    if (!l.trim() || /^\s{0,4}\d+\s+\S/.test(l)) break; // the next row (a date cell sits far right)
    out.push(l);
  }
  return out.map((l) => l.trim()).join(' ').replace(/\s+/g, ' ');
}
