import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../../src/render/types.js';
import { hashBytes } from '../../../src/shared/hash.js';
import { verifyOutput } from '../../../src/verify/verify-output.js';
import { recordedIn } from '../../../src/write/plan-writes.js';
import { tempDir } from '../../helpers/tree.js';

const feed = (text: string): OutputFile => ({ path: 'feed.xml', source: 'feed.xml', bytes: Buffer.from(text) });
const broken = '<?xml version="1.0"?>\n<rss>\n<item>a & b</item>\n</rss>\n';
const fine = '<?xml version="1.0"?>\n<rss><item>a &amp; b</item></rss>\n';

describe('verifying the XML outputs', () => {
  it('names the output and the line of the first mistake', () => {
    expect(() => verifyOutput([feed(broken)])).toThrow(/^feed\.xml is not well-formed XML \(feed\.xml line 3\): /);
    expect(verifyOutput([feed(fine)]).map((o) => o.path)).toEqual(['feed.xml']);
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
