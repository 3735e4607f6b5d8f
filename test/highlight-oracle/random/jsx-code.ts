import { jsExpression, jsStatement } from './javascript-code.js';
import type { Picker } from './random-code.js';

// JSX as blog posts show it, for jsx.gen.ts and tsx.gen.ts: components returning elements
// (`return (…)`, arrows, `render(<App />, root)`), elements with attributes quoted and in braces,
// spread props, boolean attributes, member and capitalised names, fragments, self-closing tags,
// text with entities, stray `&`, `>` and quotes, `{…}` children (conditions, maps returning
// elements, comments, object literals `{{ … }}`), comparisons that are no elements (`a < b`),
// and now and then something broken (an unclosed tag, a mismatched close).

const TAGS = ['div', 'span', 'p', 'a', 'ul', 'li', 'h1', 'button', 'input', 'section', 'my-el', 'svg'];
const COMPONENTS = ['App', 'Header', 'List', 'Foo.Bar', 'React.Fragment', 'Item', 'motion.div', 'Ctx.Provider'];

/** An expression in a JSX document (`expression` makes the language's own: JavaScript's or TypeScript's). */
export type Expression = (p: Picker, depth: number) => string;

function attribute(p: Picker, expr: Expression, depth: number): string {
  const name = p.one([
    'className',
    'id',
    'href',
    'key',
    'onClick',
    'style',
    'data-x',
    'aria-label',
    'disabled',
    'value',
    'x',
  ]);
  switch (p.int(0, 7)) {
    case 0:
    case 1:
      return `${name}="${p.one(['main', 'a b', '', '/blog/', "it's", '{x}', 'a > b'])}"`;
    case 2:
      return `${name}='${p.one(['single', '"q"', ''])}'`;
    case 3:
      return `${name}={${expr(p, 2)}}`;
    case 4:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript's own ${…}, in a plain string
      return `${name}={${p.one(['() => setOpen(!open)', '(e) => f(e.target.value)', '{ color: "red", margin: 0 }', 'x ? "a" : "b"', '`a ${b}`', '/re/.test(s)'])}}`;
    case 5:
      return p.one(['{...props}', '{...rest}', name]);
    case 6:
      return `${name}={${depth < 2 ? element(p, expr, depth + 1) : '1'}}`;
    default:
      return `${name}${p.one(['=', ' = ', '="unclosed', "='x"])}${p.one(['"v"', '{v}', ''])}`;
  }
}

function attributes(p: Picker, expr: Expression, depth: number): string {
  return p.many(
    p.int(0, 3),
    () => `${p.one([' ', ' ', '\n  ', '  ', ' /* c */ ', ' // c\n '])}${attribute(p, expr, depth)}`,
  );
}

function child(p: Picker, expr: Expression, depth: number): string {
  switch (depth > 2 ? p.int(4, 9) : p.int(0, 9)) {
    case 0:
    case 1:
      return element(p, expr, depth + 1);
    case 2:
      return `{${p.one(['items', 'xs', 'posts'])}.map((${p.one(['x', 'p', '(x, i)'])}) => ${p.one(['(', ''])}${element(p, expr, depth + 1)}${p.one([')', ''])})}`;
    case 3:
      return `{${expr(p, 2)} && ${element(p, expr, depth + 1)}}`;
    case 4:
    case 5:
      return p.one([
        'Hello, world.',
        'a &amp; b',
        '&copy; 2020 &mdash; x',
        'AT&T',
        'x > y',
        "it's",
        '"quoted"',
        'No posts.',
        '&nbsp;',
        '&foo bar;',
        'é 😀',
        '// not a comment',
        '/* nor this */',
        '1 / 2 / 3',
        '}',
        '',
      ]);
    case 6:
      return `{${expr(p, 1)}}`;
    case 7:
      return p.one([
        '{/* a comment */}',
        '{// note\n}',
        '{}',
        '{{ a: 1 }}',
        '{"text"}',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript's own ${…}, in a plain string
        '{`t ${x}`}',
        '{x ? <b>y</b> : null}',
      ]);
    default:
      return p.one(['\n', '\n  ', ' ']);
  }
}

export function element(p: Picker, expr: Expression, depth = 0): string {
  const name = p.chance(0.7) ? p.one(TAGS) : p.one(COMPONENTS);
  const children = () => p.many(p.int(0, 4), () => child(p, expr, depth), p.one(['', '\n', '\n  ']));
  switch (depth > 2 ? p.int(2, 4) : p.int(0, 6)) {
    case 0:
    case 1:
    case 2:
      return `<${name}${attributes(p, expr, depth)}>${children()}</${p.one([name, name, name, `${name} `, 'x'])}>`;
    case 3:
      return `<${name}${attributes(p, expr, depth)}${p.one(['/>', ' />', ' / >'])}`;
    case 4:
      return `<>${children()}</>`;
    case 5:
      return `<${name}${attributes(p, expr, depth)}${p.one(['>', '', ' >\n'])}${p.one(['', 'text', '{x}'])}`;
    default:
      return p.one([
        '<',
        '</div>',
        '<div',
        '< div>',
        '<a></b>',
        '<a>{</a>',
        '<br>',
        '<input value="x">',
        '<a/b>',
        '<>',
      ]);
  }
}

/** A statement of a JSX program: a component, a render, or one of `statement`'s. */
export function jsxStatement(
  p: Picker,
  pad: string,
  expr: Expression,
  statement: (p: Picker, pad: string, depth: number) => string,
): string {
  const el = () => element(p, expr).replaceAll('\n', `\n${pad}    `);
  switch (p.int(0, 9)) {
    case 0:
    case 1:
      return `${pad}${p.one(['export default function', 'function', 'export function'])} ${p.one(['App', 'PostList', 'Card'])}(${p.one(['', 'props', '{ posts, limit = 10 }', '{ children }'])}) {\n${pad}  ${p.one(['const [x, setX] = useState(0);', 'if (!props) return null;', ''])}\n${pad}  return (\n${pad}    ${el()}\n${pad}  );\n${pad}}`;
    case 2:
      return `${pad}const ${p.one(['Header', 'Row', 'el'])} = ${p.one(['() => ', '({ title }) => ', '(props) =>\n  ', ''])}${el()};`;
    case 3:
      return `${pad}${p.one(['ReactDOM.render(', 'root.render(', 'render('])}${el()}${p.one([', document.getElementById("root"));', ');', ''])}`;
    case 4:
      return `${pad}return ${el()};`;
    case 5:
      return `${pad}${el()}`;
    case 6:
      return `${pad}${p.one(['if (a < b) {}', 'x = a < b ? c : d;', 'for (let i = 0; i < n; i++) {}', 'const y = a <b;', 'a<b>c', 'x = y\n<div>'])}`;
    case 7:
      return `${pad}class ${p.one(['App', 'Clock'])} extends React.Component {\n${pad}  render() {\n${pad}    return ${el()};\n${pad}  }\n${pad}}`;
    default:
      return statement(p, pad, 1);
  }
}

/** JSX's fragments for token soup (soup.ts). */
export const JSX_SOUP = [
  '<div>',
  '</div>',
  '<',
  '</',
  '/>',
  '<>',
  '</>',
  '{',
  '}',
  'className=',
  '"x"',
  '&amp;',
  'Foo.Bar',
  'return (',
  '=',
  '=>',
  '{...props}',
  '// c',
  '/*',
  '*/',
];

/** A JavaScript expression in JSX. */
export const jsxExpression: Expression = (p, depth) =>
  p.chance(0.2) && depth < 2 ? element(p, jsxExpression, depth + 1) : jsExpression(p, depth);
export { jsStatement };
