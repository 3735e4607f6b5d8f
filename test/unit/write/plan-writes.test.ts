import { describe, expect, it } from 'vitest';
import { hashBytes } from '../../../src/shared/hash.js';
import { parseManifest, serializeManifest, staleFiles } from '../../../src/write/plan-writes.js';

describe('the write manifest', () => {
  it('lists as stale only what kiln made before and makes no more', () => {
    const previous = new Map([['a.html', hashBytes('A')], ['gone.html', 'x'], ['blog/old.html', 'y']]);
    const current = new Map([['a.html', hashBytes('A2')], ['c.html', hashBytes('C')]]);
    expect(staleFiles(previous, current)).toEqual(['blog/old.html', 'gone.html']);
  });
  it('serializes sorted, one entry a line, and reads back', () => {
    const text = serializeManifest(new Map([['b', '2'], ['a', '1']]));
    expect(text).toBe('{\n  "a": "1",\n  "b": "2"\n}\n');
    expect([...parseManifest(text)]).toEqual([['a', '1'], ['b', '2']]);
  });
  it('a damaged manifest counts as empty (every output is then written)', () => {
    expect(parseManifest('{ not json').size).toBe(0);
  });
});
