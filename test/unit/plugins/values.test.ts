import { describe, expect, it } from 'vitest';
import { present, rubyOr } from '../../../src/plugins/values.js';
import { RubyFloat } from '../../../src/shared/ruby-float.js';

// The plugins' three tests of a value: Liquid's `default` (present), Ruby's `||` (rubyOr) and
// Liquid's `if` (liquidTruthy). A CMS's `image: ""` is absent only to the first.
describe("the plugins' tests of a value", () => {
  it("present is Liquid's default: nil, false and an empty text, list or hash are absent", () => {
    for (const v of [undefined, null, false, '', [], {}]) expect(present(v)).toBe(false);
    for (const v of [0, ' ', [0], { a: null }, true, new Date(0), new RubyFloat(0)]) expect(present(v)).toBe(true);
  });

  it("rubyOr is Ruby's ||: the first value that is not nil or false, else the last", () => {
    expect(rubyOr('', 'excerpt')).toBe('');
    expect(rubyOr([], 'x')).toEqual([]);
    expect(rubyOr(false, null, 'en_US')).toBe('en_US');
    expect(rubyOr(undefined, false)).toBe(false);
    expect(rubyOr(null, 0)).toBe(0);
  });
});
