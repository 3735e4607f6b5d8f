import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Gherkin features as BDD docs show them: tags, `Feature:`/`Background:`/`Scenario:`/`Scenario
// Outline:`/`Examples:`/`Rule:` with descriptions, steps (English and other languages, `*`) with
// `<placeholders>` and `"strings"`, step lines with a colon (an error to Rouge), tables with blank
// lines between rows, doc strings, comments anywhere, CRLF, and no line break at the end.
const HEADERS = [
  'Feature',
  'Background',
  'Scenario',
  'Scenario Outline',
  'Scenario Template',
  'Examples',
  'Scenarios',
  'Rule',
  'Example',
  'Funktionalität',
  'Szenario',
  'Beispiele',
  'Unknown',
  'Feature ',
];
const STEPS = ['Given ', 'When ', 'Then ', 'And ', 'But ', '* ', 'Angenommen ', 'Wenn ', 'Dann ', 'Givens ', 'Given'];
const WORDS = [
  'I am logged in as "alice"',
  'I add <count> items',
  'the total is <total>',
  'I see "Order <id> confirmed"',
  'the following users exist:',
  'nothing happens',
  'an "unclosed string',
  'a <broken placeholder',
  'the price is 12.50 # comment',
  'ünïcode ✓',
  '',
];
const TITLES = ['Checkout', 'Paying with a card: Visa', 'Discounts', '', 'Login # comment'];
const CELLS = ['name', 'price', '12.50', 'alice', '<x>', '"q"', '', '# c', 'ü'];

function block(p: Picker): string {
  const pad = p.one(['', '  ', '    ', '\t']);
  switch (p.int(0, 9)) {
    case 0:
      return `${pad}@${p.one(['smoke', 'wip', 'tag-1'])}${p.chance(0.5) ? ' @slow' : ''}`;
    case 1:
    case 2:
      return `${pad}${p.one(HEADERS)}:${p.chance(0.8) ? ` ${p.one(TITLES)}` : ''}${p.chance(0.3) ? `\n${pad}  ${p.one(WORDS)}` : ''}`;
    case 3: {
      const row = () => `${pad}  |${p.many(p.int(1, 3), () => ` ${p.one(CELLS)} `, '|')}|`;
      return p.many(p.int(1, 4), () => (p.chance(0.1) ? '' : row()), '\n');
    }
    case 4:
      return `${pad}  """\n${pad}  ${p.one(WORDS)}\n${pad}  ${p.chance(0.9) ? '"""' : ''}`;
    case 5:
      return `${pad}# ${p.one(WORDS)}`;
    case 6:
      return '';
    default:
      return `${pad}  ${p.one(STEPS)}${p.one(WORDS)}`;
  }
}

const FRAGMENTS = [...HEADERS, ...STEPS, ...WORDS, ':', '|', '"""', '@', '#', '<', '>', '\n'];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 12), () => block(p), newline)}${p.one(['\n', '\n', ''])}`;
};
export default generate;
