import { describe, expect, it } from 'vitest';
import { dropExcerptSource, excerptSource } from '../../../src/model/excerpt.js';

describe('a generated excerpt', () => {
  it('takes the link definitions after the separator whose labels it uses, as Jekyll appends them', () => {
    const body = [
      'Intro [a] and [b][] and [c].',
      '',
      'Rest with [d].',
      '',
      '[a]: /x',
      '  [b]: /y "Title"',
      '    [c]: /indented-code',
      '[d]: /not-used-by-the-excerpt',
      'text [a]: not at the start of a line',
    ].join('\n');
    const excerpt = excerptSource(body, '\n\n');
    expect([excerpt?.text, excerpt?.closed]).toEqual(['Intro [a] and [b][] and [c].\n\n[a]: /x\n[b]: /y "Title"', []]);
  });

  it('closes the block tags the separator fell inside, and throws when read once a clean build let it go', () => {
    const excerpt = excerptSource('{% if a %}One{% for x in y %}\n\nTwo{% endfor %}{% endif %}', '\n\n');
    expect([excerpt?.text, excerpt?.closed]).toEqual([
      '{% if a %}One{% for x in y %}\n{% endfor %}\n{% endif %}',
      ['for', 'if'],
    ]);
    dropExcerptSource(excerpt, '_posts/2021-01-01-x.md');
    expect(() => excerpt?.text).toThrow('kiln: _posts/2021-01-01-x.md: its text was read after the build let it go');
    expect(excerpt?.closed).toEqual(['for', 'if']);
  });

  it('counts a line after a carriage return as a line, and needs a label and a destination', () => {
    expect(excerptSource('See [a].<!--more-->x\r[a]: /r\n[]: /empty\n[a]:', '<!--more-->')?.text).toBe(
      'See [a].\n\n[a]: /r',
    );
  });

  it('is the whole body (null) without the separator', () => {
    expect(excerptSource('One paragraph [a].\n[a]: /x', '\n\n')).toBeNull();
  });
});
