import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { plainlyWellFormed } from '../../../src/verify/plain-xml.js';
import { xmlError } from '../../../src/verify/well-formed.js';
import { random as seededRandom } from '../../helpers/random.js';

// The quick reader of plain XML may say "well-formed" only where saxes finds nothing wrong; it may
// leave anything to saxes. Random feed-like documents, most of them broken or unusual somewhere;
// `npm run fuzz:xml` uses a fresh seed.
const SEED = process.env.KILN_XML_SEED ? Number(process.env.KILN_XML_SEED) : 20261204;
const CASES = Number(process.env.KILN_XML_CASES ?? 3000);

/** What saxes says of a document: true when it finds no error. */
function saxesAccepts(text: string): boolean {
  const parser = new SaxesParser();
  let ok = true;
  parser.on('error', () => {
    ok = false;
  });
  parser.write(text).close();
  return ok;
}

// Pieces of text, good and bad: characters XML refuses, references it does and does not define,
// surrogates alone and in pairs, `]]>`, markup it knows and markup the quick reader leaves alone.
const TEXTS = [
  'plain text',
  'Tom &amp; Jerry',
  '&lt;p&gt;escaped&lt;/p&gt;',
  '&quot;q&quot; &apos;a&apos;',
  '&#65;&#x42;&#10;&#x1F600;',
  '&#0;',
  '&#x110000;',
  '&#xD800;',
  '&#xFFFE;',
  '&#00000065;',
  '&nbsp;',
  '& alone',
  '&amp',
  '“quotes” — dash',
  '😀 pair',
  '\uD83D alone',
  '\uDE00 low alone',
  '\u0001 control',
  '\u007F\u0085 C1',
  '\uFFFE',
  '\t\r\n',
  ']] and ]',
  ']]> not allowed',
  '<!-- a comment -->',
  '<!-- a -- b -->',
  '<!-- ends --->',
  '<!---->',
  '<![CDATA[ <raw> ]]>',
  '<?pi data?>',
  '<br/>',
  '<br />',
  '<b>bold</b>',
  '<é>x</é>',
  '<a:b>x</a:b>',
  '<:x/>',
  '<1a/>',
  '< a/>',
  '</stray>',
  '<',
  '>',
  '',
];
const ATTRIBUTES = [
  '',
  ' a="1"',
  " a='1'",
  ' a="1" b="2"',
  ' a="1" a="2"',
  ' a="1"b="2"',
  ' a = "x &amp; y"',
  ' a="<"',
  ' a="&"',
  ' a="&#9;"',
  ' a="😀"',
  ' a="\uD800"',
  ' a="\u0002"',
  ' a=1',
  ' a',
  ' xmlns:x="u"',
  ' a="1" ',
  ' a="it\'s"',
  ' a=\'say "hi"\'',
];
const NAMES = ['rss', 'channel', 'item', 'title', 'description', 'link', 'a-b', 'a.b', 'x_y', 'feed'];
const STARTS = [
  '<?xml version="1.0" encoding="UTF-8"?>\n',
  "<?xml version='1.0'?>",
  '<?xml version="1.0" standalone="yes"?>',
  '<?xml version="1.1"?>',
  '<?xml encoding="UTF-8"?>',
  ' <?xml version="1.0"?>',
  '<?xml-stylesheet href="s.xsl"?>',
  '<!DOCTYPE rss>',
  '\uFEFF',
  '<!-- before -->\n',
  'text before',
  '',
  '',
  '',
];
const ENDS = ['', '\n', '<!-- after -->', 'text after', '<second/>', '<?pi?>', '  \n'];

function document(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const element = (depth: number): string => {
    const name = pick(NAMES);
    const attributes = random() < 0.3 ? pick(ATTRIBUTES) : '';
    if (random() < 0.1) return `<${name}${attributes}/>`;
    let inner = '';
    const parts = depth > 3 ? 0 : Math.floor(random() * 4);
    for (let k = 0; k < parts; k++) inner += random() < 0.4 ? element(depth + 1) : pick(TEXTS);
    // Now and then a mismatched or missing end tag.
    const end = random() < 0.04 ? `</${pick(NAMES)}>` : random() < 0.02 ? '' : `</${name}${random() < 0.1 ? ' ' : ''}>`;
    return `<${name}${attributes}>${inner}${end}`;
  };
  return `${pick(STARTS)}${element(0)}${pick(ENDS)}`;
}

describe('the quick reader of plain XML', () => {
  it(`says well-formed only where saxes finds nothing wrong (seed ${SEED}, ${CASES} documents)`, () => {
    const random = seededRandom(SEED);
    let read = 0;
    let left = 0;
    for (let n = 0; n < CASES; n++) {
      const text = document(random);
      const quick = plainlyWellFormed(text);
      const saxes = saxesAccepts(text);
      if (quick) expect({ text, saxes }, `seed ${SEED}, case ${n}`).toEqual({ text, saxes: true });
      if (quick) read++;
      else if (saxes) left++;
    }
    if (process.env.KILN_XML_SEED) console.log(`read ${read}, well-formed but left to saxes ${left}`);
    // Both kinds come up: plain documents it reads, and well-formed ones it leaves to saxes.
    expect(read).toBeGreaterThan(CASES / 10);
    expect(left).toBeGreaterThan(CASES / 50);
  });

  it('reads a feed kiln makes, and leaves what it does not read to saxes', () => {
    const feed = readFileSync(new URL('../../fixtures/project-blog/expected/blog/feed.xml', import.meta.url), 'utf8');
    expect(plainlyWellFormed(feed)).toBe(true);
    expect(plainlyWellFormed('<!DOCTYPE a><a/>')).toBe(false);
    expect(xmlError('<!DOCTYPE a><a/>')).toBeNull();
    expect(plainlyWellFormed('<a><![CDATA[x]]></a>')).toBe(false);
    expect(xmlError('<a><![CDATA[x]]></a>')).toBeNull();
  });

  it('leaves a text too long for its patterns to saxes, without failing', () => {
    const comment = `<a><!--${'-x'.repeat(2_000_000)}--></a>`;
    expect(() => plainlyWellFormed(comment)).not.toThrow();
    expect(plainlyWellFormed(`<a>${'&lt;x'.repeat(1_000_000)}</a>`)).toBe(true);
  });
});
