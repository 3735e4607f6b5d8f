import { describe, expect, it } from 'vitest';
import { KeptTexts } from '../../../src/render/context.js';
import { KeptParses } from '../../../src/render/in-pieces.js';
import { KeptResults } from '../../../src/render/templates/filters/kept-results.js';
import { textFilters } from '../../../src/render/templates/filters/text.js';

describe('xml_escape in watch', () => {
  it('gives what it gives without the kept results, filtering a long text once while builds use it', () => {
    const kept = new KeptResults();
    const long = `<p>Tom & "Jerry"</p>'s ${'words '.repeat(300)}`;
    for (const version of [2, 4] as const) {
      const plain = textFilters((s) => s, version).xml_escape!;
      const watched = textFilters((s) => s, version, new KeptResults()).xml_escape!;
      for (const text of ['<a & b>', long]) expect(watched(text)).toBe(plain(text));
    }
    let calls = 0;
    const filter = (s: string) => {
      calls++;
      return s.toUpperCase();
    };
    expect(kept.of(long, filter)).toBe(long.toUpperCase());
    kept.endBuild();
    expect(kept.of(long, filter)).toBe(long.toUpperCase());
    expect(calls).toBe(1);
    // Builds that filtered no long text (no feed rendered again) keep it…
    kept.endBuild();
    kept.endBuild();
    expect(kept.of(long, filter)).toBe(long.toUpperCase());
    expect(calls).toBe(1);
    // …a build that filtered other long texts and not this one does not.
    kept.endBuild();
    kept.of(`${long}!`, filter);
    kept.endBuild();
    kept.of(long, filter);
    expect(calls).toBe(3);
    // Short texts are filtered every time.
    kept.of('short', filter);
    kept.of('short', filter);
    expect(calls).toBe(5);
  });

  it("keeps a long result's UTF-8 as it keeps the result: the same Buffer, and its text", () => {
    const kept = new KeptResults();
    const long = `“quoted” ${'mots '.repeat(300)}`;
    const bytes = kept.bytesOf(long)!;
    expect(bytes.toString()).toBe(long);
    expect(kept.textOf(bytes)).toBe(long);
    kept.endBuild();
    kept.endBuild();
    expect(kept.bytesOf(long)).toBe(bytes);
    expect(kept.bytesOf('short')).toBeNull();
    expect(kept.bytesOf(`${long}\uDC00`)).toBeNull(); // a lone surrogate
  });
});

describe('what watch keeps of a build for the next', () => {
  it('a body read again is decoded once while builds read it', () => {
    const texts = new KeptTexts();
    const bytes = Buffer.from(`Caf\u00e9 ${'mots '.repeat(300)}`);
    let decoded = 0;
    const decode = bytes.toString.bind(bytes);
    bytes.toString = (...args: Parameters<Buffer['toString']>) => {
      decoded++;
      return decode(...args);
    };
    expect(texts.of(bytes)).toBe(decode('utf8'));
    texts.of(bytes);
    texts.endBuild();
    expect(texts.of(bytes)).toBe(decode('utf8'));
    expect(decoded).toBe(1);
    // Two builds that did not read it: it is gone.
    texts.endBuild();
    texts.endBuild();
    texts.of(bytes);
    expect(decoded).toBe(2);
  });

  it('a template is parsed once while builds use it', () => {
    const parses = new KeptParses();
    let calls = 0;
    const parse = () => {
      calls++;
      return null;
    };
    parses.of('{{ a }}', parse);
    parses.of('{{ a }}', parse);
    parses.endBuild();
    parses.of('{{ a }}', parse);
    expect(calls).toBe(1);
    parses.endBuild();
    parses.endBuild();
    parses.of('{{ a }}', parse);
    expect(calls).toBe(2);
  });
});
