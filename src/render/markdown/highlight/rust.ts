import { type Machine, mixin, type Pattern, r, type StatefulLanguage } from './machine.js';
import { SPACE } from './ruby-regex.js';

// Rust as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/rust/ and the Rust sample):
// its keyword list `k`, its list of standard types and traits `nb`; a name before `(` `nf`, after
// `.` `py`, before `::` `nn`; `name!` and attributes `#[…]` `nd`, lifetimes `nv`; doc comments
// `cd`, nested block comments, a rustdoc `# ` line `cs`; strings `s` with escapes `se`, raw
// strings whole. A macro's arguments run to its closing bracket, counted per kind.
const ID = '[\\p{XID_Start}_]\\p{XID_Continue}*';
const u = (source: string): Pattern => ({ source, flags: 'u' });
const KEYWORDS = `as async await break const continue crate dyn else enum extern false fn for if impl in let log loop
  match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract
  become box do final macro override priv typeof unsized virtual yield try union`;
const BUILTINS = new Set(
  `Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long c_longlong Cons Const Copy c_schar
  c_short c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t DIR dirent Div Either Eq Err f32 f64 Failure FILE
  float fpos_t i16 i32 i64 i8 isize Index ino_t int intptr_t Left mode_t Modulo Mul Neg Nil None Num off_t Ok Option
  Ord Owned pid_t Ptr ptrdiff_t Right Send Shl Shr size_t Some ssize_t str Sub Success time_t u16 u32 u64 u8 usize
  uint uintptr_t Box Vec String Gc Rc Arc u128 i128 Result Sync Pin Unpin Sized Drop drop Fn FnMut FnOnce Clone
  PartialEq PartialOrd AsMut AsRef From Into Default DoubleEndedIterator ExactSizeIterator Extend IntoIterator
  Iterator`.split(/\s+/),
);
const ESCAPE = '\\\\(?:[nrt\'"\\\\0]|x[0-9a-fA-F]{2}|u\\{(?:[0-9a-fA-F]_*){1,6}\\})';
const DOT = '[.][0-9][0-9_]*';
const EXP = '[eE][-+]?[0-9_]+';
const FLT = '(?:f32|f64)';
const SIZE = '(?:8|16|32|64|128|size)';
const CLOSE: Readonly<Record<string, string>> = { '[': ']', '(': ')', '{': '}' };

/** Open brackets in the macro being read, by closing bracket. */
const depth = (m: Machine) => m.data as Record<string, number>;

/** One block comment kind, nesting, all in one class. */
const block = (cls: string, self: string) => [r(/\*\//, cls, '#pop'), r(/\/\*/, cls, self), r(/[^*/]+|[*/]/, cls)];

export const rustRouge: StatefulLanguage = {
  start: ['root', 'bol'],
  data: () => ({ ']': 0, ')': 0, '}': 0 }),
  states: {
    bol: [mixin('whitespace'), r(/#\s[^\n]*/, 'cs'), r(/(?:)/, (m) => m.pop())],
    attribute: [mixin('whitespace'), mixin('has_literals'), r(/[(,)=:]/, 'nd'), r(/\]/, 'nd', '#pop'), r(u(ID), 'nd')],
    // Blanks are Ruby's `\s`, ASCII only: Rouge marks a no-break space (pasted code) `err`.
    whitespace: [r(/[ \t\n\v\f\r]+/, ''), mixin('comments')],
    comments: [
      r(/\/\/\/\/+[^\n]*/, 'c1'),
      r(/\/\/[/!][^\n]*/, 'cd'),
      r(/\/\/[^\n]*/, 'c1'),
      r(/\/\*\*\*?\//, 'cm'),
      r(/\/\*\*\*+/, 'cm', 'nested_plain_block'),
      r(/\/[*][*!]/, 'cd', 'nested_doc_block'),
      r(/\/[*]/, 'cm', 'nested_plain_block'),
    ],
    nested_plain_block: block('cm', 'nested_plain_block'),
    nested_doc_block: block('cd', 'nested_doc_block'),
    root: [
      r(/\n/, '', 'bol'),
      mixin('whitespace'),
      r(/#!?\[/, 'nd', 'attribute'),
      r(new RegExp(`\\b(?:${KEYWORDS.trim().split(/\s+/).join('|')})\\b`), 'k'),
      mixin('has_literals'),
      r(/[=-]>/, 'k'),
      r(/<->/, 'k'),
      r(/[()[\]{}|,:;]/, 'p'),
      r(/[*/!@~&+%^<>=?-]|\.{2,3}/, 'o'),
      r(u(`(?:[.]${SPACE}*)?${ID}(?=${SPACE}*[(])`), 'nf'),
      r(/[.][ \t\n\v\f\r]*await\b/, 'k'),
      r(u(`[.]${SPACE}*${ID}`), 'py'),
      r(/[.][ \t\n\v\f\r]*\d+/, 'na'),
      r(u(`(${ID})(::)`), (m) => m.groups('nn', 'p')),
      r(/\bmacro_rules!/, 'nd', 'macro_rules'),
      r(u(`${ID}!`), 'nd', 'macro'),
      r(/'static\b/, 'k'),
      r(u(`'${ID}`), 'nv'),
      r(u(ID), (m) => m.token(BUILTINS.has(m.match[0]) ? 'nb' : 'n')),
    ],
    macro: [
      mixin('has_literals'),
      r(/[[{(]/, (m) => {
        depth(m)[CLOSE[m.match[0]]!]! += 1;
        m.token('p');
      }),
      r(/[\]})]/, (m) => {
        const open = depth(m);
        open[m.match[0]]! -= 1;
        if (Object.values(open).every((n) => n === 0)) m.pop();
        m.token('p');
      }),
      r(u(`${ID}!`), 'nd'),
      mixin('root'),
      r(/./, ''),
    ],
    macro_rules: [r(u(`[$]${ID}(?::${ID})?`), 'nv'), r(/[$]/, 'nv'), mixin('macro')],
    has_literals: [
      r(/\b(?:true|false)\b/, 'kc'),
      r(new RegExp(`b?'(?:${ESCAPE}|[^\\\\])'`), 'sc'),
      r(/b?"/, 's', 'string'),
      r(/b?r(#*)"[\s\S]*?"\1/, 's'),
      r(
        u(
          `[0-9][0-9_]*(?:${DOT}(?:${EXP})?${FLT}?|(?:${DOT})?${EXP}${FLT}?|(?:${DOT})?(?:${EXP})?${FLT}|[.](?![._\\p{XID_Start}]))`,
        ),
        'mf',
      ),
      r(new RegExp(`(?:0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(?:u${SIZE}?|i${SIZE})?`), 'mi'),
    ],
    string: [r(/"/, 's', '#pop'), r(new RegExp(ESCAPE), 'se'), r(/[^"\\]+/, 's')],
  },
};
