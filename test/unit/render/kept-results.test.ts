import { describe, expect, it } from 'vitest';
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
    // A build that did not use it: it is gone.
    kept.endBuild();
    kept.endBuild();
    kept.of(long, filter);
    expect(calls).toBe(2);
    // Short texts are filtered every time.
    kept.of('short', filter);
    kept.of('short', filter);
    expect(calls).toBe(4);
  });
});
