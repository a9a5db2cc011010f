import { lazy, type ComponentType } from 'react';
import { loadStrings, type ModuleStrings } from '../i18n';

/** A page loaded on demand together with its module's strings, so it never renders raw keys. */
export function lazyPage<P = object>(strings: ModuleStrings, load: () => Promise<{ default: ComponentType<P> }>) {
  return lazy(() => Promise.all([load(), loadStrings(strings)]).then(([m]) => m));
}
