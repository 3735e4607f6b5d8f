import { r, type StatefulLanguage } from './machine.js';
import { EOL, SPACE } from './ruby-regex.js';

// A systemd unit file as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/systemd/):
// `[Section]` lines keywords, `;` and `#` comments, and in a line with `=` the text before the
// first `=` a tag and the rest plain. A `\` ending such a line is an escape that carries the
// value on: the next lines are plain up to their own final `\`, and Rouge leaves that state only
// at a line with a `'` in it (to its last `'`), so until then what no rule takes is an error.
// Ruby's `.` takes a carriage return, so the patterns say `[^\n]`.
export const systemdRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(new RegExp(`${SPACE}+`), ''),
      r(/[;#][^\n]*/, 'c'),
      r(new RegExp(`\\[[^\\n]*?\\]${EOL}`), 'k'),
      r(/([^\n]*?)(=)([^\n]*)(\\\n)/, (m) => {
        m.groups('nt', 'p', '', 'se');
        m.push('continuation');
      }),
      r(/([^\n]*?)(=)([^\n]*)/, (m) => m.groups('nt', 'p', '')),
    ],
    continuation: [r(/([^\n]*?)(\\\n)/, (m) => m.groups('', 'se')), r(/[^\n]*'/, '', '#pop')],
  },
};
