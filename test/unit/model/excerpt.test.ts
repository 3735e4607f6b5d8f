import { describe, expect, it } from 'vitest';
import { excerptSource } from '../../../src/model/excerpt.js';

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
    expect(excerptSource(body, '\n\n')).toEqual({
      text: 'Intro [a] and [b][] and [c].\n\n[a]: /x\n[b]: /y "Title"',
      closed: [],
    });
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
