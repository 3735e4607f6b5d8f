import { describe, expect, it } from 'vitest';
import { rubyExtname } from '../../../src/shared/ruby-extname.js';

// What Ruby 3.1.2 (Jekyll 4.3.1's) answers, from
// ruby -e 'p NAMES.map { |n| [n, File.extname(n)] }'
const RUBY_3_1: ReadonlyArray<readonly [string, string]> = [
  ['a.', '.'],
  ['a..', '.'],
  ['..foo', ''],
  ['.foo', ''],
  ['..foo.bar', '.bar'],
  ['a.b.', '.'],
  ['.htaccess', ''],
  ['v2.0/notes', ''],
  ['a', ''],
  ['.', ''],
  ['..', ''],
  ['...', ''],
  ['a.b', '.b'],
  ['x/.y.z', '.z'],
  ['a..b', '.b'],
  ['.a.', '.'],
  ['IMG_001..jpg', '.jpg'],
];

describe("Ruby's File.extname", () => {
  it.each(RUBY_3_1)('%s has %j', (name, ext) => {
    expect(rubyExtname(name)).toBe(ext);
  });
});
