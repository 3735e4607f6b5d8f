import { describe, expect, it } from 'vitest';
import { hashBytes } from '../../../src/shared/hash.js';
import { manifestLine, manifestText, parseManifest, staleFiles } from '../../../src/write/plan-writes.js';

describe('the write manifest', () => {
  it('lists as stale only what kiln made before and makes no more', () => {
    const previous = new Map([['a.html', hashBytes('A')], ['gone.html', 'x'], ['blog/old.html', 'y']]);
    const current = new Map([['a.html', hashBytes('A2')], ['c.html', hashBytes('C')]]);
    expect(staleFiles(previous, current)).toEqual(['blog/old.html', 'gone.html']);
  });
  it('is JSON with one entry a line, and reads back', () => {
    const text = manifestText([manifestLine('a', '1'), manifestLine('b "c".html', '2')]);
    expect(text).toBe('{\n  "a": "1",\n  "b \\"c\\".html": "2"\n}\n');
    expect([...parseManifest(text)]).toEqual([['a', '1'], ['b "c".html', '2']]);
  });
  it('a damaged manifest counts as empty (every output is then written)', () => {
    expect(parseManifest('{ not json').size).toBe(0);
  });
});
