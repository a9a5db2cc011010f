import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * True while the Ionic page holding `ref` is the one on screen, so only that page's sheet is in
 * the print root. Ionic keeps earlier pages of every tab mounted and hides them with
 * `ion-page-hidden`, but only once its transition is over: printing while a page was still entering
 * printed the leaving page's sheet too (B5 came out with the whole B1 book after it). So a page stops
 * counting as shown when it starts leaving (Ionic's `ionViewWillLeave`, fired on the page element)
 * and counts again when it starts entering (`ionViewWillEnter`); the class is watched as well, as it
 * changes without React knowing.
 */
export function usePageShown(ref: RefObject<HTMLElement | null>): boolean {
  const [shown, setShown] = useState(false);
  useLayoutEffect(() => {
    const page = ref.current?.closest('.ion-page');
    if (!page) {
      setShown(!!ref.current);
      return;
    }
    let leaving = false;
    const update = () => setShown(!leaving && !page.classList.contains('ion-page-hidden'));
    const willLeave = () => {
      leaving = true;
      update();
    };
    const willEnter = () => {
      leaving = false;
      update();
    };
    update();
    const watch = new MutationObserver(update);
    watch.observe(page, { attributes: true, attributeFilter: ['class'] });
    page.addEventListener('ionViewWillLeave', willLeave);
    page.addEventListener('ionViewWillEnter', willEnter);
    return () => {
      watch.disconnect();
      page.removeEventListener('ionViewWillLeave', willLeave);
      page.removeEventListener('ionViewWillEnter', willEnter);
    };
  }, [ref]);
  return shown;
}
