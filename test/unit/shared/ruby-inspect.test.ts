import { describe, expect, it } from 'vitest';
import { RubyFloat } from '../../../src/shared/ruby-float.js';
import { rubyInspect, rubyText } from '../../../src/shared/ruby-inspect.js';

describe("Ruby's to_s and inspect of plain values", () => {
  it('writes text, numbers and nil as to_s does', () => {
    expect(rubyText('a')).toBe('a');
    expect(rubyText(null)).toBe('');
    expect(rubyText(2)).toBe('2');
    expect(rubyText(new RubyFloat(2))).toBe('2.0');
  });

  it('writes a list or hash in its inspect form, itself inside it as Ruby does', () => {
    expect(rubyText({ Track: 'B', n: null })).toBe('{"Track"=>"B", "n"=>nil}');
    expect(rubyInspect(['a', 1.5, ['#{x}']])).toBe('["a", 1.5, ["\\#{x}"]]');
    const loop: unknown[] = ['a'];
    loop.push(loop);
    expect(rubyInspect(loop)).toBe('["a", [...]]');
  });

  it('lets the caller write its own objects, knowing the list or hash they are in', () => {
    const mark = { mine: true };
    const own = (v: object, parent: object | null) => (v === mark ? (parent ? 'inner' : 'top') : undefined);
    expect(rubyInspect(mark, own)).toBe('top');
    expect(rubyInspect([mark], own)).toBe('[inner]');
  });
});
