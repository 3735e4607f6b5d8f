import type { RougeCodeOptions, RougeOptions, RougeTable } from './types.js';

// What kramdown's Rouge highlighter makes of highlighted code (Rouge 3.30's HTMLLegacy formatter):
// the line-number table of its HTMLTable when `line_numbers` is on, then the
// `<div class="highlight"><pre class="…"><code>` of its HTMLPygments unless `wrap` is off. The
// HTML formatter writes the spans alone.

const JEKYLL_CODE: RougeCodeOptions = {
  disable: false,
  defaultLang: 'plaintext',
  guessLang: true,
  formatter: 'legacy',
  wrap: true,
  cssClass: 'highlight',
  lineNumbers: null,
};

/** Jekyll's options, for a site that gives none. */
export const JEKYLL_ROUGE: RougeOptions = { block: JEKYLL_CODE, span: { ...JEKYLL_CODE, wrap: false } };

/** Highlighted code (`html`, Rouge's spans, for `code`) as the options have kramdown write it. */
export function rougeFormat(code: string, html: string, options: RougeCodeOptions): string {
  if (options.formatter === 'html') return html;
  const table = options.lineNumbers ? lineTable(code, html, options.lineNumbers) : html;
  return options.wrap
    ? `<div class="highlight"><pre class="${options.cssClass}"><code>${table}</code></pre></div>`
    : table;
}

/**
 * The code in a table beside its line numbers. A last line without a line break is a line, and
 * gets one; no code at all is one empty line.
 */
function lineTable(code: string, html: string, table: RougeTable): string {
  const ended = code.endsWith('\n');
  const lines = (code.match(/\n/g)?.length ?? 0) + (ended ? 0 : 1);
  let gutter = '';
  for (let n = table.startLine; n < table.startLine + lines; n++) gutter += `${lineNumber(table.lineFormat, n)}\n`;
  return (
    `<table class="${table.tableClass}"><tbody><tr><td class="${table.gutterClass} gl"><pre class="lineno">${gutter}</pre></td>` +
    `<td class="${table.codeClass}"><pre>${ended ? html : `${html}\n`}</pre></td></tr></tbody></table>`
  );
}

// A conversion of Ruby's `sprintf` kiln reads in `line_format`: `%%`, or flags, a width and d, i, u or s.
const CONVERSION = /%(?:%|([-+ 0]*)(\d*)([dius]))|%/g;

/**
 * `n` as Ruby's `sprintf(format, n)` writes it, for formats with at most one integer conversion
 * (`%i`, `%03i`, `%-4d`, `%s`…); undefined for any other format.
 */
export function lineNumber(format: string, n: number): string | undefined {
  let conversions = 0;
  let bad = false;
  const out = format.replace(CONVERSION, (whole, flags: string | undefined, width: string, kind: string) => {
    if (whole === '%%') return '%';
    if (kind === undefined || ++conversions > 1) {
      bad = true;
      return '';
    }
    const f = flags ?? '';
    const size = Number(width || 0);
    if (kind === 's') return f.includes('-') ? String(n).padEnd(size) : String(n).padStart(size);
    const sign = n < 0 ? '-' : f.includes('+') ? '+' : f.includes(' ') ? ' ' : '';
    const digits = String(Math.abs(n));
    if (f.includes('-')) return (sign + digits).padEnd(size);
    if (f.includes('0')) return sign + digits.padStart(size - sign.length, '0');
    return (sign + digits).padStart(size);
  });
  return bad ? undefined : out;
}
