import { describe, expect, it } from 'vitest';
import { hashBytes, planWrites, serializeManifest } from '../../../src/write/plan-writes.js';

const out = (path: string, bytes: string) => ({ path, bytes, source: path });

describe('planWrites', () => {
  it('writes new and changed files, skips unchanged ones, removes only what kiln made', () => {
    const previous = new Map([['a.html', hashBytes('A')], ['b.html', hashBytes('B')], ['gone.html', 'x']]);
    const plan = planWrites([out('a.html', 'A'), out('b.html', 'B2'), out('c.html', 'C')], previous, () => true);
    expect(plan.write.map((w) => w.file.path)).toEqual(['b.html', 'c.html']);
    expect(plan.unchanged).toBe(1);
    expect(plan.remove).toEqual(['gone.html']);
  });
  it('rewrites an unchanged file that is missing on disk', () => {
    const plan = planWrites([out('a.html', 'A')], new Map([['a.html', hashBytes('A')]]), () => false);
    expect(plan.write).toHaveLength(1);
  });
  it('serializes the manifest sorted, one entry a line', () => {
    expect(serializeManifest(new Map([['b', '2'], ['a', '1']]))).toBe('{\n  "a": "1",\n  "b": "2"\n}\n');
  });
});
