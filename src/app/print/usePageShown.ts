import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * True while the Ionic page holding `ref` is the one on screen. Ionic keeps earlier pages of every
 * tab mounted and hides them with `ion-page-hidden`; a print sheet of a hidden page must not print.
 * The class changes without React knowing, so it is watched directly.
 */
export function usePageShown(ref: RefObject<HTMLElement | null>): boolean {
  const [shown, setShown] = useState(false);
  useLayoutEffect(() => {
    const page = ref.current?.closest('.ion-page');
    if (!page) {
      setShown(!!ref.current);
      return;
    }
    const update = () => setShown(!page.classList.contains('ion-page-hidden'));
    update();
    const watch = new MutationObserver(update);
    watch.observe(page, { attributes: true, attributeFilter: ['class'] });
    return () => watch.disconnect();
  }, [ref]);
  return shown;
}
