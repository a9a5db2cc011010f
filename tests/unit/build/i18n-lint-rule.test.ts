// The lint rule that keeps user-visible words out of screens (issue 13 item 11): it catches each
// kind of raw text the issue named, lets through what is not a word, and its message says what to do.
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { noRawText } from '../../../eslint/i18n-rule.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

tester.run('kader/no-raw-text', noRawText as never, {
  valid: [
    "const a = <th>{t('county.dev.code')}</th>;",
    'const a = <td>{n} · {m}</td>;',
    "const a = <span aria-label={t('posyandu.day.weighed')}>✓</span>;",
    "const a = <input data-testid=\"code-prefix\" className=\"kab-left\" type=\"number\" />;",
    "const a = <td>{x ? '–' : '(' + y + ')'}</td>;",
    "const a = { key: 'ds', color: '#1565c0' };",
    "present({ message: t('common.saved'), position: 'top', color: 'success' });",
    { code: 'const a = <SheetTable label="b1" />;', options: [{ idProps: { SheetTable: ['label'] } }] },
  ],
  invalid: [
    { code: 'const a = <th>Kode</th>;', errors: [{ messageId: 'text' }] },
    { code: "const a = <td>{ok ? 'Ya' : 'Tidak'}</td>;", errors: [{ messageId: 'text' }, { messageId: 'text' }] },
    { code: 'const a = <p>{`HPL ${d}`}</p>;', errors: [{ messageId: 'text' }] },
    { code: 'const a = <section aria-label="hasil" />;', errors: [{ messageId: 'prop' }] },
    { code: "const a = <input placeholder={'Nama'} />;", errors: [{ messageId: 'prop' }] },
    { code: "present({ buttons: [{ text: 'OK', role: 'cancel' }] });", errors: [{ messageId: 'prop' }] },
    { code: 'const a = <Other label="b1" />;', options: [{ idProps: { SheetTable: ['label'] } }], errors: [{ messageId: 'prop' }] },
    { code: "const SERIES = [{ key: 'ds', label: 'D/S' }];", errors: [{ messageId: 'prop' }] },
    {
      code: 'const a = <b>Pratama</b>;',
      errors: [{ message: /add a key for "Pratama" to your module's src\/app\/i18n\/strings file, in Indonesian and English, and write \{t\('<key>'\)\}/ }],
    },
  ],
});
