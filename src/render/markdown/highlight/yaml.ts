import { type Machine, mixin, r, type StatefulLanguage, type StateRule } from './machine.js';
import { BOL, EOL, NON_SPACE, SPACE, u, WORD_END } from './ruby-regex.js';

// YAML as Rouge 3.30 lexes it, in Rouge's markup (checked on test/highlight-oracle/exact/yaml/, the
// YAML sample and random code): a key `na` and the indicators `: - ? | >` `pi`, a plain value
// `s` (`true` `false` `null` in it `no`, a number ending its line `m`), a plain scalar inside
// `[…]`/`{…}` `nv`, quoted strings `s1`/`s2` closed by `s` with escapes `se`, tags `kt`, anchors
// `nl`, aliases `nv`, `---` `nn`, directives `nt`. Rouge keeps a stack of indentation levels: a
// line indented less than the levels open so far, but not to one of them, has its extra blanks
// as an error, and a block scalar (`|`, `>`) ends at the first line indented less than its own.
/** What may start a plain scalar: no blank and no indicator. */
const PLAIN_START = `[^ \\t\\n\\r\\f\\v?:,[\\]{}#&*!|>'"%@\`]`;

/** The indentation levels open (innermost last), the current line's, and a block scalar's. */
interface Indents {
  levels: number[];
  next: number;
  block: number | undefined;
}
const indents = (m: Machine) => m.data as unknown as Indents;
const level = (d: Indents) => d.levels.at(-1)!;

function resetIndents(m: Machine): void {
  const d = indents(m);
  d.levels = [0];
  d.next = 0;
  d.block = undefined;
}

/**
 * A line's leading blanks: the levels deeper than it closed, and the blanks as text up to the
 * level it returns to and an error past it (a dedent to no level opened before).
 */
function saveIndent(d: Indents, blanks: string): [string, string] {
  d.next = blanks.length;
  if (d.next >= level(d)) return [blanks, ''];
  while (d.next < level(d)) d.levels.pop();
  return [blanks.slice(0, level(d)), blanks.slice(level(d))];
}

/** A new level where the line's content is deeper than the innermost one. */
function setIndent(d: Indents, width: number): void {
  if (level(d) < d.next) d.levels.push(d.next);
  d.next += width;
}

/** Ruby's `s[0...n]` and `s[n..-1]`: a negative n counts from the end; out of range is nothing. */
function rubySplit(s: string, n: number): [string, string] {
  const at = n < 0 ? s.length + n : n;
  if (at < 0) return ['', ''];
  if (at > s.length) return [s, ''];
  return [s.slice(0, at), s.slice(at)];
}

/** An implicit key: the line's level opens if deeper than the innermost. */
const implicitKey = (m: Machine, ...classes: string[]) => {
  m.groups(...classes);
  setIndent(indents(m), 0);
};

/** Digdag's operators (`sh>`, `td_run>`, `_do`) as keys are keywords `kr`; the rest is YAML. */
const DIGDAG_KEYS = `call require loop for_each if fail echo td td_run td_ddl td_load td_for_each td_wait td_wait_table
  td_partial_delete td_table_export pg mail http s3_wait redshift redshift_load redshift_unload emr gcs_wait bq
  bq_ddl bq_extract bq_load sh py rb embulk`;

const yamlStates = (blockKeys: StateRule[]) => ({
  basic: [r(/#[^\n]*/, 'c1')],
  root: [
    mixin('basic'),
    r(/\n+/, ''),
    r(new RegExp(` +(?=#|${EOL})`), ''),
    r(u(`${BOL}%(?:YAML|TAG)${WORD_END}`), (m) => {
      m.token('nt');
      resetIndents(m);
      m.push(m.match[0] === '%YAML' ? 'yaml_directive' : 'tag_directive');
    }),
    r(new RegExp(`${BOL}(?:---|\\.\\.\\.)(?= |${EOL})`), (m) => {
      m.token('nn');
      resetIndents(m);
      m.push('block_line');
    }),
    // A line's indentation (before something not blank).
    r(new RegExp(` *(?=${NON_SPACE})`), (m) => {
      const [text, error] = saveIndent(indents(m), m.match[0]);
      m.token('', text);
      m.token('err', error);
      m.push('block_line');
      m.push('indentation');
    }),
  ],
  indentation: [
    r(new RegExp(`${SPACE}*?\\n`), (m) => {
      m.token('');
      m.pop();
      m.pop();
    }),
    // Blanks before a block collection's indicator, and the indicator, deepen the line's level.
    r(new RegExp(` +(?=[-:?](?: |${EOL}))`), (m) => {
      m.token('');
      indents(m).next += m.match[0].length;
    }),
    r(new RegExp(`[?:-](?= |${EOL})`), (m) => {
      setIndent(indents(m), 1);
      m.token('pi');
    }),
    r(/ */, (m) => {
      m.token('');
      indents(m).next += m.match[0].length;
      m.pop();
    }),
  ],
  block_line: [
    r(new RegExp(` *(?=#|${EOL})`), '', '#pop'),
    r(/ +/, ''),
    mixin('descriptors'),
    mixin('block_nodes'),
    mixin('flow_nodes'),
    r(new RegExp(`(?=${PLAIN_START}|[?:-]${NON_SPACE})`), (m) => m.push('plain_scalar_in_block')),
  ],
  descriptors: [
    r(/!<[0-9A-Za-z;/?:@&=+$,_.!~*'()[\]%-]+>/, 'kt'),
    r(/(?:![\w-]+)?![\w;/?:@&=+$,.!~*'()[\]%-]*/, 'kt'),
    r(u('&[\\p{L}\\p{Nl}\\p{Nd}_-]+'), 'nl'),
    r(u('\\*[\\p{L}\\p{Nl}\\p{Nd}_-]+'), 'nv'),
  ],
  block_nodes: [
    ...blockKeys,
    r(new RegExp(`([^#,:?[\\]{}"'\\n]+)(:)(?=${SPACE}|${EOL})`), (m) => implicitKey(m, 'na', 'pi')),
    r(/[|>][+-]?/, (m) => {
      m.token('pi');
      m.push('block_scalar_content');
      m.push('block_scalar_header');
    }),
  ],
  flow_nodes: [
    r(/\[/, 'pi', 'flow_sequence'),
    r(/\{/, 'pi', 'flow_mapping'),
    r(/'/, 's1', 'single_quoted'),
    r(/"/, 's2', 'double_quoted'),
  ],
  flow_collection: [
    r(new RegExp(`${SPACE}+`), ''),
    mixin('basic'),
    r(/[?:,]/, 'pi'),
    mixin('descriptors'),
    mixin('flow_nodes'),
    r(new RegExp(`(?=${PLAIN_START})`), (m) => m.push('plain_scalar_in_flow')),
  ],
  flow_sequence: [r(/\]/, 'pi', '#pop'), mixin('flow_collection')],
  flow_mapping: [r(/\}/, 'pi', '#pop'), mixin('flow_collection')],
  block_scalar_content: [
    r(/\n+/, ''),
    // A blank line: its blanks past the scalar's indentation are `no`.
    r(new RegExp(`${BOL} +${EOL}`), (m) => {
      const [text, rest] = rubySplit(m.match[0], indents(m).block ?? m.match[0].length);
      m.token('', text);
      m.token('no', rest);
    }),
    // A line's indentation: the first line's sets the scalar's; a line indented less ends it.
    r(new RegExp(`${BOL} *`), (m) => {
      m.token('');
      const d = indents(m);
      const width = m.match[0].length;
      const dedent = d.block ?? level(d);
      d.block ??= width;
      if (width >= dedent) return;
      saveIndent(d, m.match[0]);
      m.pop();
      m.push('indentation');
    }),
    r(/[^\n\r\f\v]+/, 's'),
  ],
  // `|` or `>` may be followed by an indentation width and a chomping sign, in either order.
  block_scalar_header: [
    r(new RegExp(`([1-9][+-]?|[+-]?[1-9]?)(?= |${EOL})`), (m) => {
      const d = indents(m);
      d.block = undefined;
      m.goto('ignored_line');
      const header = m.match[0];
      if (!header) return;
      // As Ruby's String#to_i: `2-` is 2, `-2` is -2, a sign alone 0.
      d.block = level(d) + (Number.parseInt(header, 10) || 0);
      m.token('pi');
    }),
  ],
  ignored_line: [mixin('basic'), r(/ +/, ''), r(/\n/, '', '#pop')],
  quoted_scalar_whitespaces: [
    r(new RegExp(`${BOL} +`), ''),
    r(new RegExp(` +${EOL}`), ''),
    r(/\n+/, ''),
    r(/ +/, 'nv'),
  ],
  single_quoted: [mixin('quoted_scalar_whitespaces'), r(/\\'/, 'se'), r(/'/, 's', '#pop'), r(/[^ \t\n\v\f\r']+/, 's')],
  double_quoted: [
    r(/"/, 's', '#pop'),
    mixin('quoted_scalar_whitespaces'),
    r(/\\[0abt\tn\nvfre "\\N_LP]/, 'se'),
    r(/\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/, 'se'),
    r(/[^ \t\n\r\f\v"\\]+/, 's'),
  ],
  // The line after a plain scalar's line: a document mark or a dedent ends the scalar.
  plain_scalar_new_line: [
    r(new RegExp(`${BOL} +\\n`), ''),
    r(/\n+/, ''),
    r(new RegExp(`${BOL}(?=---|\\.\\.\\.)`), (m) => {
      m.pop();
      m.pop();
      m.pop();
    }),
    r(new RegExp(`${BOL} *`), (m) => {
      m.token('');
      m.pop();
      const d = indents(m);
      if (m.match[0].length > level(d)) return;
      m.pop();
      saveIndent(d, m.match[0]);
      m.push('indentation');
    }),
  ],
  plain_scalar_in_block: [
    r(new RegExp(` *(?=:[ \\n]|:${EOL})`), '', '#pop'),
    r(new RegExp(` *:${NON_SPACE}+`), 's'),
    r(/ +(?=#)/, '', '#pop'),
    r(new RegExp(` +${EOL}`), ''),
    r(/\n+/, '', 'plain_scalar_new_line'),
    r(/ +/, 's'),
    r(/true|false|null/, 'no'),
    r(/[0-9]+(?:\.[0-9]+)?(?=\r?\n| +#)/, 'm', '#pop'),
    r(/[^ \t\n\v\f\r:]+/, 's'),
  ],
  plain_scalar_in_flow: [
    r(/ *(?=[,:?[\]{}])/, '', '#pop'),
    r(/ +(?=#)/, '', '#pop'),
    r(new RegExp(`${BOL} +`), ''),
    r(new RegExp(` +${EOL}`), ''),
    r(/\n+/, ''),
    r(/ +/, 'nv'),
    r(/[^ \t\n\v\f\r,:?[\]{}]+/, 'nv'),
  ],
  yaml_directive: [
    r(/( +)([0-9]+\.[0-9]+)/, (m) => {
      m.groups('', 'm');
      m.goto('ignored_line');
    }),
  ],
  tag_directive: [
    r(/( +)(!|![\w-]*!)( +)(!|!?[\w;/?:@&=+$,.!~*'()[\]%-]+)/, (m) => {
      m.groups('', 'kt', '', 'kt');
      m.goto('ignored_line');
    }),
  ],
});

const yamlLanguage = (blockKeys: StateRule[]): StatefulLanguage => ({
  start: ['root'],
  data: () => ({ levels: [0], next: 0, block: undefined }),
  states: yamlStates(blockKeys),
});

export const yamlRouge = yamlLanguage([]);
export const digdagRouge = yamlLanguage([
  r(
    new RegExp(
      `(${DIGDAG_KEYS.trim()
        .split(/\s+/)
        .map((k) => `${k}>`)
        .join('|')}|_do|_parallel)(:)(?=${SPACE}|${EOL})`,
    ),
    (m) => implicitKey(m, 'kr', 'pi'),
  ),
]);
