import { describe, expect, it } from 'vitest';
import { unsafeOutputPath } from '../../../src/shared/output-path.js';

describe('unsafeOutputPath', () => {
  it('lets a relative, normal path through', () => {
    for (const path of ['index.html', 'a/b/index.html', 'x.', 'a/b..c/d', 'a b/é.html', 'a/.htaccess', '.well-known/x'])
      expect(unsafeOutputPath(path)).toBeNull();
  });
  it('names what is wrong with any other', () => {
    expect(unsafeOutputPath('')).toBe('it is empty');
    expect(unsafeOutputPath('a\0b')).toBe('it holds a NUL character');
    expect(unsafeOutputPath('a\\b')).toBe('it holds a backslash');
    expect(unsafeOutputPath('/a')).toBe('it is absolute');
    expect(unsafeOutputPath('a/../b')).toBe('it leads outside the destination');
    expect(unsafeOutputPath('..')).toBe('it leads outside the destination');
    expect(unsafeOutputPath('a//b')).toBe('it has an empty or "." segment');
    expect(unsafeOutputPath('a/')).toBe('it has an empty or "." segment');
    expect(unsafeOutputPath('./a')).toBe('it has an empty or "." segment');
    expect(unsafeOutputPath('a/.')).toBe('it has an empty or "." segment');
    expect(unsafeOutputPath('.kiln-manifest.json')).toBe(".kiln-manifest.json is kiln's own file in the destination");
    expect(unsafeOutputPath('.kiln-staging/x')).toBe(".kiln-staging is kiln's own file in the destination");
    expect(unsafeOutputPath('.kiln-lock.draft-12')).toBe(".kiln-lock.draft-12 is kiln's own file in the destination");
    expect(unsafeOutputPath('a/.kiln-lock')).toBeNull();
  });
});
