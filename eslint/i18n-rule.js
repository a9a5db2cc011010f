// ESLint rule kader/no-raw-text: every word the user sees goes through i18n (t()/useT(), issue 13
// item 11). It reports, in the app's screens:
//   - JSX text with a letter in it (`<th>Kode</th>`), and string or template literals with letters
//     that are a JSX child (`{'Kode'}`, `{x ? 'Ya' : 'Tidak'}`, `{`HPL ${d}`}`);
//   - string literals with letters in the props a user reads or hears: aria-label, placeholder,
//     title, label, alt, … (`<IonSpinner aria-label="Memuat" />`);
//   - the same in object literals handed to Ionic or to option lists: { text: 'OK' },
//     { label: 'Laki-laki' }, { message: '…' }, { header: '…' }.
// Text without a letter (numbers, '·', '—', '(', '%') is fine. To satisfy it properly, put the
// words in src/app/i18n/strings/<module>.ts and write t('<key>'). A code that is the same in every
// language and is not a word (a unit symbol) may stay with an eslint-disable comment giving the
// reason: `// eslint-disable-next-line kader/no-raw-text -- ISO 639 code, not a word`.

const LETTER = /\p{L}/u;
const PROPS = new Set([
  'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'label', 'alt',
  'helperText', 'errorText', 'header', 'subHeader', 'message', 'cancelText', 'doneText', 'okText', 'text', 'legend',
]);
const OBJECT_KEYS = new Set(['text', 'label', 'message', 'header', 'subHeader', 'placeholder', 'title', 'cancelText', 'okText']);

const hasWords = (s) => typeof s === 'string' && LETTER.test(s);

/** String literals with letters in an expression: the literal itself, both sides of ?: and ||/&&/??, template text. */
function wordyLiterals(node, out = []) {
  if (!node) return out;
  switch (node.type) {
    case 'Literal':
      if (hasWords(node.value)) out.push(node);
      break;
    case 'TemplateLiteral':
      if (node.quasis.some((q) => hasWords(q.value.cooked))) out.push(node);
      break;
    case 'ConditionalExpression':
      wordyLiterals(node.consequent, out);
      wordyLiterals(node.alternate, out);
      break;
    case 'LogicalExpression':
      wordyLiterals(node.left, out);
      wordyLiterals(node.right, out);
      break;
    case 'TSAsExpression':
      wordyLiterals(node.expression, out);
      break;
    default:
      break;
  }
  return out;
}

const propName = (n) => (n.type === 'JSXNamespacedName' ? `${n.namespace.name}:${n.name.name}` : n.name);
const keyName = (k) => (k.type === 'Identifier' ? k.name : k.type === 'Literal' ? String(k.value) : null);

export const noRawText = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible text goes through i18n (t()), not literals in screens' },
    messages: {
      text: 'Text the user sees must go through i18n (issue 13 item 11): add a key for "{{text}}" to your module\'s src/app/i18n/strings file, in Indonesian and English, and write {t(\'<key>\')} (const t = useT()). A symbol that is no word in any language may stay with // eslint-disable-next-line kader/no-raw-text -- <why>. See eslint/i18n-rule.js.',
      prop: 'The "{{prop}}" the user reads or hears must go through i18n (issue 13 item 11): add a key for "{{text}}" to your module\'s src/app/i18n/strings file, in Indonesian and English, and write {{prop}}={t(\'<key>\')}. See eslint/i18n-rule.js.',
    },
    // idProps: per component, props that look like words but only name the element for tests and
    // print (SheetTable's label becomes data-table="b1"); the user never sees them.
    schema: [{ type: 'object', properties: { idProps: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } } }, additionalProperties: false }],
  },
  create(context) {
    const idProps = context.options[0]?.idProps ?? {};
    const short = (s) => String(s).replace(/\s+/g, ' ').trim().slice(0, 40);
    const literalText = (n) => (n.type === 'Literal' ? n.value : n.quasis.map((q) => q.value.cooked).join('…'));
    return {
      JSXText(node) {
        if (hasWords(node.value)) context.report({ node, messageId: 'text', data: { text: short(node.value) } });
      },
      JSXExpressionContainer(node) {
        if (node.parent.type !== 'JSXElement' && node.parent.type !== 'JSXFragment') return;
        for (const lit of wordyLiterals(node.expression)) context.report({ node: lit, messageId: 'text', data: { text: short(literalText(lit)) } });
      },
      JSXAttribute(node) {
        const prop = propName(node.name);
        if (!PROPS.has(prop) || !node.value) return;
        const element = node.parent.name.type === 'JSXIdentifier' ? node.parent.name.name : '';
        if (idProps[element]?.includes(prop)) return;
        const lits = node.value.type === 'Literal' ? (hasWords(node.value.value) ? [node.value] : [])
          : node.value.type === 'JSXExpressionContainer' ? wordyLiterals(node.value.expression) : [];
        for (const lit of lits) context.report({ node: lit, messageId: 'prop', data: { prop, text: short(literalText(lit)) } });
      },
      Property(node) {
        const key = keyName(node.key);
        if (!key || !OBJECT_KEYS.has(key) || node.parent.type !== 'ObjectExpression') return;
        for (const lit of wordyLiterals(node.value)) context.report({ node: lit, messageId: 'prop', data: { prop: key, text: short(literalText(lit)) } });
      },
    };
  },
};

export default { rules: { 'no-raw-text': noRawText } };
