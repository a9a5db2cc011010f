// Types for the plain-JS lint rule, so its unit test type-checks.
import type { Rule } from 'eslint';

export const noRawText: Rule.RuleModule;
declare const plugin: { rules: { 'no-raw-text': Rule.RuleModule } };
export default plugin;
