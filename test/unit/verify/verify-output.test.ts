import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../../src/render/types.js';
import { hashBytes } from '../../../src/shared/hash.js';
import { verifyOutput } from '../../../src/verify/verify-output.js';
import { recordedIn } from '../../../src/write/plan-writes.js';
import { random } from '../../helpers/random.js';
import { tempDir } from '../../helpers/tree.js';

const feed = (text: string): OutputFile => ({ path: 'feed.xml', source: 'feed.xml', bytes: Buffer.from(text) });
const broken = '<?xml version="1.0"?>\n<rss>\n<item>a & b</item>\n</rss>\n';
const fine = '<?xml version="1.0"?>\n<rss><item>a &amp; b</item></rss>\n';

describe('verifying the XML outputs', () => {
  it('names the output and the line of the first mistake', () => {
    expect(() => verifyOutput([feed(broken)])).toThrow(/^feed\.xml is not well-formed XML \(feed\.xml line 3\): /);
    expect(verifyOutput([feed(fine)]).map((o) => o.path)).toEqual(['feed.xml']);
  });

  it('names the post whose entry holds a bare &, not the one holding the next `;`', () => {
    const entries =
      '<feed><entry><link href="/food%20&%20drink/soup.html"/></entry>' +
      '<entry><link href="/tea.html"/><title>Tea &amp; cake</title></entry></feed>';
    const postsByUrl = () =>
      new Map([
        ['/food%20&%20drink/soup.html', '_posts/2020-01-01-soup.md'],
        ['/tea.html', '_posts/2020-01-02-tea.md'],
      ]);
    expect(() => verifyOutput([{ ...feed(entries), postsByUrl }])).toThrow(
      /^its entry in feed\.xml is not well-formed XML \(feed\.xml line 1\): .* at "<feed><entry><link href="\/food%20&%20drink\/soup\.html/,
    );
    let error: unknown;
    try {
      verifyOutput([{ ...feed(entries), postsByUrl }]);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ file: '_posts/2020-01-01-soup.md' });
  });

  it('says where blank lines before the XML declaration come from, and how to trim them', () => {
    const late = feed('\n\n<?xml version="1.0"?>\n<rss/>\n');
    const rendered = '---\n---\n{% assign a = 1 %}\n{% assign b = 2 %}\n<?xml version="1.0"?>\n<rss/>\n';
    expect(() => verifyOutput([late], undefined, () => rendered)).toThrow(
      expect.objectContaining({
        line: 5,
        message: expect.stringMatching(
          /^feed\.xml is not well-formed XML \(feed\.xml line 3\): the XML declaration must start the file, but 2 blank lines come before it; a template tag .* write the tag as \{%- … -%\}/,
        ),
      }),
    );
    // A layout holds the declaration: the page is named without a line.
    expect(() => verifyOutput([late], undefined, () => '---\nlayout: feed\n---\n')).toThrow(
      expect.objectContaining({ line: undefined, message: expect.stringContaining('{%- … -%}') }),
    );
    // A file without front matter is copied as it is: no template left the lines.
    expect(() => verifyOutput([late], undefined, () => '\n\n<?xml version="1.0"?>\n<rss/>\n')).toThrow(
      expect.objectContaining({ line: 3, message: expect.not.stringContaining('template') }),
    );
    expect(() => verifyOutput([feed(' <?xml version="1.0"?><rss/>')])).toThrow(/but white space comes before it/);
    // Text before it is another mistake.
    expect(() => verifyOutput([feed('x\n<?xml version="1.0"?><rss/>')])).toThrow(
      /^feed\.xml is not well-formed XML \(feed\.xml line 1\): (?!the XML)/,
    );
  });

  it('does not check again the bytes the destination’s manifest records for the path, and checks any other', () => {
    const dest = tempDir();
    writeFileSync(join(dest, '.kiln-manifest.json'), `${JSON.stringify({ 'feed.xml': hashBytes(broken) })}\n`);
    // Those bytes were checked when an earlier build wrote them (here they were not: the manifest is made up).
    expect(() => verifyOutput([feed(broken)], recordedIn(dest))).not.toThrow();
    expect(() => verifyOutput([feed(`${broken} `)], recordedIn(dest))).toThrow(/not well-formed XML/);
    expect(() => verifyOutput([{ ...feed(broken), path: 'other.xml' }], recordedIn(dest))).toThrow(
      /other\.xml is not well-formed/,
    );
    // No manifest, or one that does not parse: everything is checked.
    expect(() => verifyOutput([feed(broken)], recordedIn(join(dest, 'none')))).toThrow(/not well-formed/);
    writeFileSync(join(dest, '.kiln-manifest.json'), '{');
    expect(() => verifyOutput([feed(broken)], recordedIn(dest))).toThrow(/not well-formed/);
  });
});

// A feed rendered in pieces holds its escaped post bodies as bytes (render/templates/fragments.ts
// `escapesBare`); its check stands a placeholder in for each and checks the joined text only when
// that says no. Its verdict and message must be the joined text's, wherever the bytes stand.
describe('verifying an output in pieces', () => {
  // `npm run fuzz:verify` runs it with a fresh seed and more documents.
  const seed = Number(process.env.KILN_VERIFY_SEED ?? 20261205);
  const cases = Number(process.env.KILN_VERIFY_CASES ?? 3000);
  // Where a part may stand (`@`): text, attributes, comments, names, the prolog, next to `]>` and `&`, CDATA, a PI.
  const contexts = [
    '<r>a@b</r>',
    '<r a="@"/>',
    "<r a='@'/>",
    '<r><!--@--></r>',
    '<r><!-- a-@-b --></r>',
    '<@/>',
    '<r @="1"/>',
    '<r a="1" @ b="2"/>',
    '@<r/>',
    '<r/>@',
    '<r>@]></r>',
    '<r>]@</r>',
    '<r>&@</r>',
    '<?xml version="@"?><r/>',
    '<r><![CDATA[@]]></r>',
    '<r><?p @?></r>',
    '<r></r@>',
    '<r>@@</r>',
    '<r x="@">@<s>@</s></r>',
  ];
  const alphabet = ['a', ' ', "'", '-', '--', ']', ']]', '&amp;', '&lt;', '&quot;', '&apos;', 'é', '😀', '\t', '\n'];
  const wrong = ['<', '>', '"', '&', '&nbsp;', '&#38;', '\u0001', '\uFFFE', '\u0085'];
  const check = (bytes: OutputFile['bytes']) => {
    try {
      verifyOutput([{ path: 'feed.xml', source: 'feed.xml', bytes }]);
      return 'well-formed';
    } catch (e) {
      return (e as Error).message;
    }
  };

  it(`says what the joined text says (${cases} documents, seed ${seed})`, () => {
    const rand = random(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    let standIns = 0;
    for (let n = 0; n < cases; n++) {
      const parts: (string | Buffer)[] = [];
      const holes = pick(contexts).split('@');
      holes.forEach((text, i) => {
        parts.push(text);
        if (i === holes.length - 1) return;
        let part = '';
        const length = 1 + Math.floor(rand() * 8);
        for (let k = 0; k < length; k++) part += rand() < 0.05 ? pick(wrong) : pick(alphabet);
        parts.push(Buffer.from(part));
      });
      const joined = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
      const verdict = check([parts]);
      expect(verdict, joined.toString()).toBe(check(joined));
      if (verdict === 'well-formed') standIns++;
    }
    // Enough of them were well-formed for the placeholder to have said yes.
    expect(standIns).toBeGreaterThan(cases / 10);
  });
});
