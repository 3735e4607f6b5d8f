import { describe, expect, it } from 'vitest';
import { strictMarkup } from '../../../src/render/templates/liquid/strict.js';

describe("Ruby Liquid's strict parser (render/templates/liquid/strict.ts)", () => {
  it('reads expressions with the blanks between their tokens left out', () => {
    expect(strictMarkup('variable', ' page .title ')).toBe(' page.title ');
    expect(strictMarkup('variable', 'page [ "title" ] | append : site .lang')).toBe(
      'page["title"] | append : site.lang',
    );
    expect(strictMarkup('variable', '( 1 .. page.n ) | join')).toBe('(1..page.n) | join');
    expect(strictMarkup('for', 'i in (1 .. 7) limit: page . n')).toBe('i in (1..7) limit: page.n');
    expect(strictMarkup('condition', 'page [ "n" ] == 1 and a .b')).toBe('page["n"] == 1 and a.b');
  });

  it('leaves markup as written where it has no blanks inside expressions', () => {
    for (const m of [' page.title | date: "%Y" , "x" ', 'x|upcase', '"a b" | split: " "'])
      expect(strictMarkup('variable', m)).toBe(m);
  });

  it('rejects what Ruby reads with its lax parser instead', () => {
    expect(strictMarkup('variable', 'page.导航')).toBeUndefined();
    expect(strictMarkup('variable', 'a b')).toBeUndefined();
    expect(strictMarkup('variable', 'x | | sort')).toBeUndefined();
    expect(strictMarkup('condition', 'a and')).toBeUndefined();
    expect(strictMarkup('condition', 'a == b == c')).toBeUndefined();
    expect(strictMarkup('for', 'i in (1..3) cols: 2')).toBeUndefined();
    expect(strictMarkup('variable', 'page. 1')).toBeUndefined();
  });
});
