// Where a page's print sheets go. Every sheet is rendered outside Ionic into <div id="kd-print">
// under <body> (PrintSheet.tsx says why). Each Ionic page gets its own box in there, and only the
// last box prints (print.css): a page is moved last when it comes on screen, so while Ionic still
// keeps the page being left (until its transition ends), its sheet is in the DOM but not printed.
// Without this, printing B5 right after opening it from B1 printed the whole B1 book after it.

const boxes = new WeakMap<Element, HTMLElement>();

function printRoot(): HTMLElement {
  let el = document.getElementById('kd-print');
  if (!el) {
    el = document.createElement('div');
    el.id = 'kd-print';
    document.body.appendChild(el);
  }
  return el;
}

/** The box of `page`'s sheets (one per Ionic page; `owner` is the page element or the sheet's own anchor). */
export function printBoxOf(owner: Element): HTMLElement {
  let box = boxes.get(owner);
  if (!box) {
    box = document.createElement('div');
    box.className = 'kd-print-box';
    boxes.set(owner, box);
  }
  return box;
}

/** Puts the box last in the print root: the page on screen is the one that prints. */
export function bringToFront(box: HTMLElement): void {
  const root = printRoot();
  if (root.lastElementChild !== box) root.appendChild(box);
}

/** Takes the box away once its page has no sheet left in it. */
export function dropIfEmpty(box: HTMLElement): void {
  queueMicrotask(() => {
    if (!box.hasChildNodes()) box.remove();
  });
}
