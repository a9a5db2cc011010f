// The one i18n layer: every string the user sees goes through t()/useT(); dates through dates.ts,
// numbers through numbers.ts.
export * from './dictionary';
export * from './translate';
export * from './dates';
export * from './numbers';
export * from './store';
