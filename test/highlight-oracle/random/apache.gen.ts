import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Apache configuration as docs and blog posts show it (.htaccess, virtual hosts): directives Rouge
// knows and does not, in any case, with paths, quoted strings, flags, regexes and `%{…}`
// variables, nested `<Section …>` blocks (arguments over lines, a missing `>`), comments, lines
// ending in blanks (which carry a directive on), CRLF, and stray text at a line's start.
const DIRECTIVES = [
  'ServerName',
  'DocumentRoot',
  'Options',
  'AllowOverride',
  'Require',
  'RewriteEngine',
  'RewriteCond',
  'RewriteRule',
  'Header',
  'ErrorDocument',
  'AddType',
  'LoadModule',
  'listen',
  'SSLENGINE',
  'ProxyPass',
  'MyDirective',
  'x',
];
const ARGS = [
  'On',
  'off',
  'all',
  'granted',
  'None',
  '+FollowSymLinks',
  '-Indexes',
  '"/var/www/html"',
  '/srv/site',
  'example.org',
  '^/old/(.*)$',
  '/new/$1',
  '[R=301,L]',
  '%{HTTP_HOST}',
  '%{REQUEST_FILENAME}',
  '!-f',
  'always',
  'set',
  'text/css',
  '"max-age=3600"',
  'modules/mod_ssl.so',
  '404',
  '"a # b"',
  'ünï',
];
const SECTIONS = ['VirtualHost', 'Directory', 'IfModule', 'Files', 'Location', 'Proxy', 'Custom'];
const SECTION_ARGS = ['*:443', '"/var/www"', 'mod_rewrite.c', '!mod_ssl.c', '~ "\\.php$"', '/', ''];

function line(p: Picker): string {
  const pad = p.one(['', '', '    ', '\t']);
  switch (p.int(0, 9)) {
    case 0:
      return `${pad}# ${p.one(ARGS)}`;
    case 1:
      return '';
    case 2: {
      const arg = p.one(SECTION_ARGS);
      return `${pad}<${p.one(SECTIONS)}${arg ? ` ${arg}` : ''}${p.one(['>', '>', '>', '', '\n  more>'])}`;
    }
    case 3:
      return `${pad}</${p.one(SECTIONS)}>`;
    case 4:
      return `${pad}${p.one(['"quoted', '%{X}', '-', '!', '*'])} ${p.one(ARGS)}`;
    default: {
      const args = p.many(p.int(0, 4), () => p.one(ARGS), ' ');
      return `${pad}${p.one(DIRECTIVES)}${args ? ` ${args}` : ''}${p.chance(0.1) ? p.one([' ', '  ', ' # note']) : ''}`;
    }
  }
}

const FRAGMENTS = [...DIRECTIVES, ...ARGS, ...SECTIONS, '<', '</', '>', '#', '\n'];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 12), () => line(p), newline)}${p.one(['\n', '\n', ''])}`;
};
export default generate;
