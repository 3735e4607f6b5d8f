import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// systemd unit files as ops pages show them: `[Unit]`/`[Service]`/`[Install]` sections, `Key=value`
// lines (blanks around `=`, several `=`, an empty value), `#` and `;` comments, long commands
// carried over lines by a final `\` (with and without quotes, which decide where Rouge leaves the
// continuation), and what slips in (a section with text after it, a line with no `=`, CRLF).
const SECTIONS = ['[Unit]', '[Service]', '[Install]', '[Timer]', '[Socket]', '[Mount]', '[X-Custom]', '[Unit'];
const KEYS = [
  'Description',
  'After',
  'Wants',
  'ExecStart',
  'ExecStartPre',
  'Environment',
  'Restart',
  'RestartSec',
  'User',
  'WantedBy',
  'OnCalendar',
  'LimitNOFILE',
  'x',
];
const VALUES = [
  'network-online.target',
  '/usr/bin/node /srv/app/server.js --port 8080',
  '"NODE_ENV=production" PORT=3000',
  'on-failure',
  '5s',
  'multi-user.target',
  '*-*-* 03:00:00',
  '65536',
  "/bin/sh -c 'echo hello; sleep 1'",
  '-/etc/default/app',
  '%h/.config/app',
  '',
  'yes ; trailing',
  'ünïcode ✓',
];
const COMMENTS = ['# comment', '; comment', '#', '# Key=value', ";it's"];

function line(p: Picker): string {
  switch (p.int(0, 8)) {
    case 0:
      return `${p.one(SECTIONS)}${p.one(['', '', ' ', ' x'])}`;
    case 1:
      return p.one(COMMENTS);
    case 2:
      return p.one(['', '', '  ', 'plain words']);
    case 3: {
      // A value over several lines.
      const parts = p.many(p.int(1, 3), () => `${p.one(['  ', '    '])}${p.one(VALUES)}`, ' \\\n');
      return `${p.one(KEYS)}=${p.one(VALUES)} \\\n${parts}${p.chance(0.3) ? "'" : ''}`;
    }
    default:
      return `${p.one(['', '', ' ', '\t'])}${p.one(KEYS)}${p.one(['=', '=', ' = ', '=='])}${p.one(VALUES)}`;
  }
}

const FRAGMENTS = [...SECTIONS, ...KEYS, ...VALUES, ...COMMENTS, '=', '\\\n', "'", '[', ']'];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 12), () => line(p), newline)}${p.one(['\n', '\n', ''])}`;
};
export default generate;
