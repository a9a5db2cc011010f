import { useEffect, useState } from 'react';
import { dictionaries, loadStrings, useLang, type ModuleStrings } from '../i18n';

/**
 * True once a module's strings are there in the language in use; renders again when they arrive.
 * The shared fields use it for the words they share across modules (strings/records.ts), which
 * load when a page is idle: until then they show the input without its hints, never a raw key.
 */
export function useStringsReady(name: ModuleStrings, probe: string): boolean {
  const lang = useLang((s) => s.lang);
  const [, setTick] = useState(0);
  const ready = probe in dictionaries[lang];
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadStrings(name, lang).then(() => live && setTick((n) => n + 1), () => undefined);
    return () => { live = false; };
  }, [name, lang, ready]);
  return ready;
}
