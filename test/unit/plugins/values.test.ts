import { describe, expect, it } from 'vitest';
import { present, rubyOr, xmlAttribute } from '../../../src/plugins/values.js';
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

// What jekyll-feed and jekyll-sitemap write unescaped into an attribute: well-formed, and as
// written wherever it already was.
describe('xmlAttribute', () => {
  it('escapes an & that starts no reference XML knows, and < and "', () => {
    expect(xmlAttribute('https://x.org/food%20&%20drink/')).toBe('https://x.org/food%20&amp;%20drink/');
    expect(xmlAttribute('/a&b;/&nbsp;/&#0;/&#xD800;/&#;/&')).toBe(
      '/a&amp;b;/&amp;nbsp;/&amp;#0;/&amp;#xD800;/&amp;#;/&amp;',
    );
    expect(xmlAttribute('<"en">')).toBe('&lt;&quot;en&quot;>');
  });

  it('keeps what is already well-formed', () => {
    for (const v of ['/salt&amp;pepper/&#38;/', '&lt;&gt;&quot;&apos;&#x1F600;&#9;', "it's", 'https://x.org/?a=1'])
      expect(xmlAttribute(v)).toBe(v);
  });
});
