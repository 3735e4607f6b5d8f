import { describe, expect, it } from 'vitest';
import { boolOption, fancyName } from '../../../src/render/markdown/highlight/fancy.js';

// The expected options are Ruby's: `CGI.parse(query)` as Rouge's find_fancy maps it (a key with
// no value `true`, one value its text, several all of them), printed by Ruby 3.1.
describe("Rouge's lexer options after a language's name", () => {
  it('splits the name at its first `?` and reads the rest as Ruby reads a query', () => {
    expect(fancyName('php')).toEqual({ name: 'php', options: {} });
    expect(fancyName('php?start_inline=1')).toEqual({ name: 'php', options: { start_inline: '1' } });
    expect(fancyName('x?a=1&a=2;b').options).toEqual({ a: ['1', '2'], b: true });
    expect(fancyName('x?k=a+b%20c%zz').options).toEqual({ k: 'a b c%zz' });
    expect(fancyName('x?=x&&y=').options).toEqual({ '': 'x', y: '' });
    expect(fancyName('x?%E2%9C%93=%C3%A9').options).toEqual({ '✓': 'é' });
    expect(fancyName('?x=1')).toEqual({ name: '', options: { x: '1' } });
  });

  it("reads a switch as Rouge's bool_option does", () => {
    expect(boolOption(undefined, 'guess')).toBe('guess');
    expect(boolOption(true, false)).toBe(true);
    for (const off of ['0', 'false', 'off']) expect(boolOption(off, true)).toBe(false);
    for (const on of ['1', 'true', '', 'False', 'no']) expect(boolOption(on, false)).toBe(true);
    expect(boolOption(['1', '0'], true)).toBe(false);
    expect(boolOption(['0', 'on'], false)).toBe(true);
  });
});
