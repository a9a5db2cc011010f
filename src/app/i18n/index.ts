// The one i18n layer: every string the user sees goes through t()/useT(); dates through dates.ts.
export * from './dictionary';
export * from './translate';
export * from './dates';
export * from './store';
