import { r, type StatefulLanguage } from './machine.js';

// Protocol Buffers (`protobuf`, `proto`) as Rouge 3.30 lexes it (checked on the samples in
// test/highlight-oracle): its keyword and scalar type lists (`import` is a plain keyword), the
// name after `package` a namespace, after `message`/`extend` a class; a name before `=` an
// attribute; strings on one line; the signs from `+` to `=` in ASCII (digits, `.`, `/`, `:`,
// `<`) operators, so a `>` is an error, as in Rouge.
const words = (list: string) => new RegExp(`\\b(?:${list.split(' ').join('|')})\\b`);

export const protobufRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(/\s+/, ''),
      r(/[,;{}[\]()]/, 'p'),
      r(/\/(?:\\\n)?\/(?:$|[\s\S]*?[^\\]$)/m, 'c1'),
      r(/\/(?:\\\n)?\*[\s\S]*?\*(?:\\\n)?\//, 'cm'),
      r(
        words('ctype default extensions import max oneof option optional packed repeated required returns rpc to'),
        'k',
      ),
      r(
        words(
          'bool bytes double fixed32 fixed64 float int32 int64 sfixed32 sfixed64 sint32 sint64 string uint32 uint64',
        ),
        'kt',
      ),
      r(/true|false/, 'kc'),
      r(/(package)(\s+)/, (m) => {
        m.groups('kn', '');
        m.push('package');
      }),
      r(/(message|extend)(\s+)/, (m) => {
        m.groups('kd', '');
        m.push('message');
      }),
      r(/(enum|group|service)(\s+)/, (m) => {
        m.groups('kd', '');
        m.push('type');
      }),
      r(/".*?"/, 's'),
      r(/'.*?'/, 's'),
      r(/(?:\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*/, 'mf'),
      r(/(?:\d+\.\d*|\.\d+|\d+[fF])[fF]?/, 'mf'),
      r(/-?(?:inf|nan)\b/, 'mf'),
      r(/0x[0-9a-fA-F]+[LlUu]*/, 'mh'),
      r(/0[0-7]+[LlUu]*/, 'mo'),
      r(/\d+[LlUu]*/, 'mi'),
      r(/[+-=]/, 'o'),
      r(/([a-zA-Z_][\w.]*)([ \t]*)(=)/, (m) => m.groups('na', '', 'o')),
      r(/[a-zA-Z_][\w.]*/, 'n'),
    ],
    package: [r(/[a-zA-Z_]\w*/, 'nn', '#pop'), r(/(?:)/, (m) => m.pop())],
    message: [r(/[a-zA-Z_]\w*/, 'nc', '#pop'), r(/(?:)/, (m) => m.pop())],
    type: [r(/[a-zA-Z_]\w*/, 'n', '#pop'), r(/(?:)/, (m) => m.pop())],
  },
};
