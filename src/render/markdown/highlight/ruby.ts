import { type Action, type Machine, mixin, r, type State, type StatefulLanguage, type StateRule } from './machine.js';
import { SPACE, u, WORD_END } from './ruby-regex.js';

// Ruby with the classes Rouge 3.30 gives it (Jekyll 4's highlighter), checked token by token
// against Rouge on test/highlight-oracle/samples/ruby*.rb. Rouge reads Ruby by where a token
// stands: after an operator or at a line start an expression begins (`/` opens a regex, `?x` is a
// character); after a name a `/` divides. Rouge matches each rule on the text from the scan
// position on, so a look-behind never sees the text before it: none is written here.

/** End of a line (Ruby's `$`): before a newline or at the end of the text. */
const EOL = '(?=\\n|(?![\\s\\S]))';

const KEYWORDS =
  'BEGIN END alias begin break case defined\\? do else elsif end ensure for if in next redo rescue raise retry return super then undef unless until when while yield';
const PSEUDO_KEYWORDS =
  'loop include extend raise alias_method attr catch throw private module_function public protected true false nil __FILE__ __LINE__';
/** Names Rouge marks as builtins (`nb`) wherever they stand: `puts`, but also a variable `name`. */
const BUILTINS = `attr_reader attr_writer attr_accessor __id__ __send__ abort ancestors at_exit autoload binding
  callcc caller catch chomp chop class_eval class_variables clone const_defined\\? const_get const_missing
  const_set constants display dup eval exec exit extend fail fork format freeze getc gets global_variables
  gsub hash id included_modules inspect instance_eval instance_method instance_methods instance_variable_get
  instance_variable_set instance_variables lambda load local_variables loop method method_missing methods
  module_eval name object_id open p print printf private_class_method private_instance_methods
  private_methods proc protected_instance_methods protected_methods public_class_method
  public_instance_methods public_methods putc puts raise rand readline readlines require require_relative
  scan select self send set_trace_func singleton_methods sleep split sprintf srand sub syscall system taint
  test throw to_a to_s trace_var trap untaint untrace_var warn`;
/** Builtins written with a `?` (`block_given?`) and with a `!` (`gsub!`). */
const BUILTINS_Q = `autoload block_given const_defined eql equal frozen include instance_of is_a iterator
  kind_of method_defined nil private_method_defined protected_method_defined public_method_defined
  respond_to tainted`;
const BUILTINS_BANG = 'chomp chop exit gsub sub';

/**
 * A '…' string as Rouge reads it: a backslash escapes a backslash or a quote, and when no quote
 * closes the string that way (`'a\'` and nothing after), it runs to the last `\'` of the code.
 * Written without overlapping alternatives, which backtrack exponentially over a run of
 * backslashes.
 */
const SINGLE_QUOTED = String.raw`'(?:(?:\\[\\']|[^'\\]|\\(?![\\']))*'|[\s\S]*\\')`;

const anyOf = (list: string) => `(?:${list.trim().split(/\s+/).join('|')})`;

const ESCAPE = /\\(?:[\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})/;

/** Goes to `state` after a token of class `cls`. */
const thenGoto =
  (cls: string, state: string): Action =>
  (m) => {
    m.token(cls);
    m.goto(state);
  };

/** A `"…"`-like string closed by `fin`, its text in class `cls`, with `#{…}` and escapes. */
const simpleString = (cls: string, fin: string): StateRule[] => [
  mixin('string_intp_escaped'),
  r(new RegExp(`[^\\\\${fin}#]+`), cls),
  r(/[\\#]/, cls),
  r(new RegExp(fin), cls, '#pop'),
];

const CLOSING: Readonly<Record<string, string>> = { '{': '}', '[': ']', '(': ')', '<': '>' };
const reEscape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** The state inside a `%q(…)`-like literal: one per delimiter pair and kind, made when first met. */
const sigilStates = new Map<string, State>();
function sigilState(open: string, kind: string, cls: string): State {
  const key = `${open}\0${kind}`;
  const known = sigilStates.get(key);
  if (known) return known;
  const close = CLOSING[open] ?? open;
  const interpolates = /[rQWxI]/.test(kind);
  // A `#` delimiter cannot be escaped (`\#` is the escape of `#` already).
  const own = open === '#' ? '' : reEscape(open === close ? open : open + close);
  const rules: StateRule[] = [r(new RegExp(`\\\\[#${own}\\\\]`), 'se')];
  const state: State = { name: `sigil ${key}`, rules };
  if (open !== close)
    rules.push(
      r(new RegExp(reEscape(open)), (m) => {
        m.token(cls);
        m.push(state);
      }),
    );
  rules.push(r(new RegExp(reEscape(close)), cls, '#pop'));
  if (interpolates) rules.push(mixin('string_intp_escaped'), r(/#/, cls));
  else rules.push(r(/[\\#]/, cls));
  rules.push(r(new RegExp(`[^#${own}\\\\]+`), cls));
  sigilStates.set(key, state);
  return state;
}

type Heredoc = { readonly tolerant: boolean; readonly name: string };
const heredocs = (m: Machine) => m.data.heredocs as Heredoc[];

/** `<<~EOS`: its body starts on the next line; several may wait on one line. */
const heredocStart: Action = (m) => {
  const [, op = '', quote = '', name = '', closeQuote = ''] = m.match;
  m.token('o', op);
  m.token('no', quote + name + closeQuote);
  heredocs(m).push({ tolerant: op !== '<<', name });
  if (!m.on('heredoc_queue')) m.push('heredoc_queue');
};

export const ruby: StatefulLanguage = {
  start: ['root', 'expr_start'],
  data: () => ({ heredocs: [] }),
  states: {
    inline_whitespace: [r(/[ \t\r]+/, '')],
    whitespace: [
      mixin('inline_whitespace'),
      r(/\n\s*/, '', 'expr_start'),
      r(/#[^\n]*/, 'c1'),
      r(u(`=begin${WORD_END}[\\s\\S]*?\\n=end${WORD_END}`), 'cm'),
    ],
    symbols: [
      r(/:@{0,2}[a-z_]\w*[!?]?/i, 'ss'),
      r(/:(?:\*\*|[-+]@|[/%&|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)/, 'ss'),
      r(new RegExp(`:${SINGLE_QUOTED}`), 'ss'),
      r(/:"/, 'ss', 'simple_sym'),
    ],
    sigil_strings: [
      r(/%([rqswQWxiI])?([^\w\s])/, (m) => {
        const kind = m.match[1] ?? '';
        const cls = kind === 'r' ? 'sr' : 'sx';
        if (kind === 'r') m.push('regex_flags');
        m.token(cls);
        m.push(sigilState(m.match[2]!, kind, cls));
      }),
    ],
    strings: [
      mixin('symbols'),
      r(/[a-z_]\w*?[?!]?:\s+/, 'ss', 'expr_start'),
      r(new RegExp(SINGLE_QUOTED), 's1'),
      r(/"/, 's2', 'simple_string'),
      r(/`/, 'sb', 'simple_backtick'),
    ],
    regex_flags: [r(/[mixounse]*/, 'sr', '#pop')],
    simple_string: simpleString('s2', '"'),
    simple_sym: simpleString('ss', '"'),
    simple_backtick: simpleString('sb', '`'),
    root: [
      mixin('whitespace'),
      r(/__END__/, 'cp', 'end_part'),
      r(/0_?[0-7]+(?:_[0-7]+)*/, 'mo'),
      r(/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/, 'mh'),
      r(/0b[01]+(?:_[01]+)*/, 'mb'),
      r(/\d+(?:_\d+)*(?:\.\d+(?:_\d+)*(?:[eE][+-]?\d+)?|[eE][+-]?\d+)/, 'mf'),
      r(/\d+(?:_\d+)*/, 'mi'),
      r(/@@[a-z_]\w*/i, 'vc'),
      r(/@[a-z_]\w*/i, 'vi'),
      r(/\$\w+/, 'vg'),
      r(/\$[!@&`'+~=/\\,;.<>_*$?:"]/, 'vg'),
      r(/\$-[0adFiIlpvw]/, 'vg'),
      r(/::/, 'o'),
      mixin('strings'),
      r(new RegExp(`${anyOf(KEYWORDS)}(?=\\W|${EOL})`), 'k', 'expr_start'),
      r(u(`${anyOf(PSEUDO_KEYWORDS)}${WORD_END}`), 'kp', 'expr_start'),
      r(/(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(?:::[a-zA-Z_][a-zA-Z0-9_]*)*)/, (m) => m.groups('k', '', 'nn')),
      r(u(`(def${WORD_END})(${SPACE}*)`), (m) => {
        m.groups('k', '');
        m.push('funcname');
      }),
      r(u(`(class${WORD_END})(${SPACE}*)`), (m) => {
        m.groups('k', '');
        m.push('classname');
      }),
      r(new RegExp(`${anyOf(BUILTINS_Q)}\\?`), 'nb', 'expr_start'),
      r(new RegExp(`${anyOf(BUILTINS_BANG)}!`), 'nb', 'expr_start'),
      r(u(`${anyOf(BUILTINS)}${WORD_END}`), 'nb', 'method_call'),
      mixin('has_heredocs'),
      // `..` and `...` before `.`, which would start a method call.
      r(/\.{2,3}/, 'o', 'expr_start'),
      r(/[A-Z][a-zA-Z0-9_]*/, 'no', 'method_call'),
      r(/(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-/[<>=])/, (m) => {
        m.groups('p', '', 'nf');
        m.push('method_call');
      }),
      r(/[a-zA-Z_]\w*[?!]/, 'n', 'expr_start'),
      r(/[a-zA-Z_]\w*/, 'n', 'method_call'),
      r(/\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\./, 'o', 'expr_start'),
      r(/[-+/*%=<>&!^|~]=?/, 'o', 'expr_start'),
      r(/[?]/, (m) => {
        m.token('p');
        m.push('ternary');
        m.push('expr_start');
      }),
      r(/[[({,:\\;/]/, 'p', 'expr_start'),
      r(/[\])}]/, 'p'),
    ],
    has_heredocs: [r(/(<<[-~]?)(["`']?)([a-zA-Z_]\w*)(\2)/, heredocStart), r(/(<<[-~]?)(["'])(\2)/, heredocStart)],
    heredoc_queue: [r(/(?=\n)/, (m) => m.goto('resolve_heredocs')), mixin('root')],
    resolve_heredocs: [
      mixin('string_intp_escaped'),
      r(/\n/, 'sh', 'test_heredoc'),
      r(/[#\\\n]/, 'sh'),
      r(/[^#\\\n]+/, 'sh'),
    ],
    // A body line: the heredoc's end when it is the name (indented for `<<-` and `<<~`).
    test_heredoc: [
      r(new RegExp(`[^#\\\\\\n]*${EOL}`), (m) => {
        const queue = heredocs(m);
        const line = m.match[0];
        const first = queue[0];
        if (first && (first.tolerant ? line.trim() : line.trimEnd()) === first.name) {
          queue.shift();
          if (queue.length === 0) m.pop();
          m.token('no');
        } else m.token('sh');
        m.pop();
      }),
      r(/(?:)/, (m) => m.pop()),
    ],
    funcname: [
      r(/\s+/, ''),
      r(/\(/, 'p', 'defexpr'),
      r(/(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&|^`~]|\[\]=?|<<?|>>?|<=>?|>=|===?)/, (m) => {
        m.groups('nc', 'o', 'nf');
        m.pop();
      }),
      r(/(?:)/, (m) => m.pop()),
    ],
    classname: [
      r(/\s+/, ''),
      r(/\w+(?:::\w+)+/, 'nc'),
      r(/\(/, (m) => {
        m.token('p');
        m.push('defexpr');
        m.push('expr_start');
      }),
      r(/<</, thenGoto('o', 'expr_start')),
      r(/[A-Z_]\w*/, 'nc', '#pop'),
      r(/(?:)/, (m) => m.pop()),
    ],
    ternary: [
      r(/(:)(\s+)/, (m) => {
        m.groups('p', '');
        m.goto('expr_start');
      }),
      r(/:(?![^#\n]*?[:\\])/, thenGoto('p', 'expr_start')),
      mixin('root'),
    ],
    defexpr: [
      r(/(\))(\.|::)?/, (m) => {
        m.groups('p', 'o');
        m.pop();
      }),
      r(/\(/, (m) => {
        m.token('p');
        m.push('defexpr');
        m.push('expr_start');
      }),
      mixin('root'),
    ],
    in_interp: [r(/\}/, 'si', '#pop'), mixin('root')],
    string_intp: [r(/#\{/, 'si', 'in_interp'), r(/#(?:@@?|\$)[a-z_]\w*/i, 'si')],
    string_intp_escaped: [mixin('string_intp'), r(ESCAPE, 'se'), r(/\\[^\n]/, 'se')],
    method_call: [
      r(/\/|%/, thenGoto('o', 'expr_start')),
      r(/(?=\n)/, (m) => m.pop()),
      r(/(?:)/, (m) => m.goto('method_call_spaced')),
    ],
    method_call_spaced: [
      mixin('whitespace'),
      r(/[%/]=/, thenGoto('o', 'expr_start')),
      r(/\/(?=\S|\s*\/)/, thenGoto('sr', 'slash_regex')),
      mixin('sigil_strings'),
      r(/(?=\s*\/)/, (m) => m.pop()),
      r(/\s+/, thenGoto('', 'expr_start')),
      r(/(?:)/, (m) => m.pop()),
    ],
    expr_start: [
      mixin('inline_whitespace'),
      r(/\//, thenGoto('sr', 'slash_regex')),
      // `?x` is a character, unless a word follows (`x>=0?n[x]:""`).
      r(new RegExp(`[?](?:\\\\[MC]-)*(?:${ESCAPE.source}|\\S)(?!\\w)`), 'sc', '#pop'),
      r(/(\s*)(%[rqswQWxiI]? \S* )/, (m) => {
        m.groups('', 'sx');
        m.pop();
      }),
      mixin('sigil_strings'),
      r(/(?:)/, (m) => m.pop()),
    ],
    slash_regex: [
      mixin('string_intp'),
      r(/\\\\/, 'sr'),
      r(/\\\//, 'sr'),
      r(/[\\#]/, 'sr'),
      r(/[^\\/#]+/, 'sr'),
      r(/\//, thenGoto('sr', 'regex_flags')),
    ],
    end_part: [r(/[\s\S]+/, 'cp', '#pop')],
  },
};
