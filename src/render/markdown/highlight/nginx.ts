import { mixin, r, type StatefulLanguage } from './machine.js';

// nginx configuration as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/nginx/): a
// statement's first word is a keyword (`k` at the top level, `kn` inside a block), `on`/`off`
// constants, `$var` variables, `host:port`, MIME types `nc`, sizes numbers, `~ regex` `sr`, a
// path a name, and any other word a string.

const ID = '[^\\s$;{}()#]+';

export const nginxRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      r(/(include)(\s+)([^\s;]+)/, (m) => m.groups('k', '', 'n')),
      r(new RegExp(ID), 'k', 'statement'),
      mixin('base'),
    ],
    block: [r(/\}/, 'p', '#pop'), r(new RegExp(ID), 'kn', 'statement'), mixin('base')],
    statement: [
      r(/\{/, (m) => {
        m.token('p');
        m.goto('block');
      }),
      r(/;/, 'p', '#pop'),
      mixin('base'),
    ],
    base: [
      r(/\s+/, ''),
      r(/#.*/, 'c1'),
      r(/(?:on|off)\b/, 'no'),
      r(/[$][\w-]+/, 'nv'),
      r(/([a-z0-9.-]+)(:)([0-9]+)/i, (m) => m.groups('nf', 'p', 'mi')),
      r(/[a-z-]+\/[a-z-]+/i, 'nc'),
      r(/[0-9]+[kmg]?\b/i, 'mi'),
      r(/(~)(\s*)([^\s{]+)/, (m) => m.groups('p', '', 'sr')),
      r(/[:=~]/, 'p'),
      r(new RegExp(`/(?:${ID})?`), 'n'),
      r(/[^#\s;{}$\\]+/, 's'),
      r(/[$;]/, ''),
    ],
  },
};
