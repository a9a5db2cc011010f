import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { formatDate, useT } from '../i18n';
import { bringToFront, dropIfEmpty, printBoxOf } from './printBox';
import { usePageShown } from './usePageShown';
import './print.css';

// The one way a report prints. Ionic lays every page out to the screen: ion-tabs keeps its pages
// in a shadow box with `contain: size` and ion-content scrolls inside an absolutely positioned
// box, so under print media the report sits in a box 0 px high and Chromium prints an empty
// sheet (docs/printing.md). A sheet is therefore rendered outside Ionic, into a plain
// <div id="kd-print"> under <body>, which is the only thing printed (print.css) and flows over as
// many pages as it needs; inside it, the box of the page on screen (printBox.ts). The phone screen
// keeps its own layout; the sheet is the paper form.

export interface Signature {
  /** e.g. 'Ketua RT 001', 'Mengetahui, Kepala Desa' */
  role: string;
  /** printed under the line; empty leaves the line to be filled in by hand */
  name?: string;
}

export interface PrintSheetProps {
  /** form code at the top right: 'F1 Gizi', 'Model B1', '4.16a' */
  form?: string;
  title: string;
  /** unit, desa, period: one line each under the title */
  lines?: string[];
  /** a wide form prints across the page (own @page, print.css) */
  landscape?: boolean;
  /** where it is signed ('Prangat Selatan'); the date of printing follows */
  place?: string;
  signatures?: Signature[];
  /** the form's own print styles (in the module's lazy CSS) */
  className?: string;
  /** a name the tests and the stylesheet can find: data-sheet */
  name: string;
  children: ReactNode;
}

export function PrintSheet({ form, title, lines = [], landscape, place, signatures = [], className, name, children }: PrintSheetProps) {
  const t = useT();
  const anchor = useRef<HTMLSpanElement>(null);
  const shown = usePageShown(anchor);
  const [box, setBox] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const a = anchor.current;
    if (!shown || !a) return;
    const b = printBoxOf(a.closest('.ion-page') ?? a);
    bringToFront(b);
    setBox(b);
    return () => dropIfEmpty(b);
  }, [shown]);
  const today = formatDate(new Date().toISOString().slice(0, 10));
  const sheet = (
    <article className={`kd-sheet${landscape ? ' kd-landscape' : ''}${className ? ` ${className}` : ''}`} data-sheet={name}>
      <header className="kd-sheet-head">
        {form && <p className="kd-sheet-form">{form}</p>}
        <h1>{title}</h1>
        {lines.map((l) => <p key={l}>{l}</p>)}
      </header>
      {children}
      {signatures.length > 0 && (
        <footer className="kd-sheet-sign">
          <p className="kd-sheet-place">{place ? `${place}, ${today}` : today}</p>
          <div className="kd-sheet-signs">
            {signatures.map((s) => (
              <div key={s.role}>
                <p>{s.role}</p>
                <p className="kd-sheet-line">{s.name || '\u00a0'}</p>
              </div>
            ))}
          </div>
        </footer>
      )}
      <p className="kd-sheet-printed">{t('print.printedOn', { date: today })}</p>
    </article>
  );
  return (
    <>
      <span ref={anchor} hidden />
      {shown && box && createPortal(sheet, box)}
    </>
  );
}
