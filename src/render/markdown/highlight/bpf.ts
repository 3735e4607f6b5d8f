import { type Machine, mixin, r, type StatefulLanguage } from './machine.js';

// BPF instructions as llvm-objdump writes them, lexed as Rouge 3.30 does (checked on
// test/highlight-oracle/samples/bpf.bpf): registers `r0`…`r10` `n`, another name at a line's start
// or a `<label>` `nl`, Rouge's instruction words `k` and size words (`u32`, `ll`) `kt`, signs
// operators, brackets punctuation; numbers `m`, `mi` inside brackets and as a jump's offset. Rouge
// marks blanks `w` inside brackets, in a condition and after a number or size word, and leaves
// those around an assignment plain.
/** A number and the blanks after it; a condition's line ends with its line break. */
const number = (m: Machine, cls: string) => {
  m.groups(cls, 'w');
  if (m.on('line') && m.match[2]!.includes('\n')) m.pop();
};

export const bpf = (): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      r(/\s+/, ''),
      r(/(\w+)(:)/, (m) => m.groups('nl', 'p')),
      r(/if\b/, (m) => {
        m.token('k');
        m.push('line');
      }),
      mixin('common'),
      r(/(?!r\d)[a-z_]\w*/i, 'nl'),
    ],
    line: [r(/\n/, '', '#pop'), r(/\s+/, 'w'), mixin('common')],
    paren: [r(/\)/, 'p', '#pop'), r(/\s+/, 'w'), r(/\d+/, 'mi'), mixin('common')],
    common: [
      r(/(call)([ \t]+)(\d+)/, (m) => m.groups('k', 'w', 'mi')),
      r(/(?:goto|call|exit|lock|be16|be32|be64|map)\b/, 'k'),
      r(/((?:u8|u16|u32|u64|ll)\b)([ \t]*)/, (m) => m.groups('kt', 'w')),
      r(/r\d+\b/, 'n'),
      r(/<\w+>/, 'nl'),
      r(/([+-]\d+)(\s*)/, (m) => number(m, 'mi')),
      r(/((?:0x[\da-f]+|\d+))(\s*)/i, (m) => number(m, 'm')),
      r(/s>>=?|[-+*/%&|^<>!=]+/, 'o'),
      r(/\(/, 'p', 'paren'),
      r(/[)[\],:]/, 'p'),
    ],
  },
});
