import { describe, expect, it } from 'vitest';
import { xmlEscape } from '../../../src/render/templates/filters/text.js';
import { random } from '../../helpers/random.js';

// What xml_escape writes, said the plain way: each of the five characters replaced by its
// reference, as Ruby 3.1's encode(xml: :attr) (Jekyll 4.3.1's xml_escape) writes them.
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const reference = (s: string) => s.replace(/[&<>"']/g, (c) => REFERENCES[c]!);

describe('xml_escape', () => {
  it('escapes & < > " \' and nothing else', () => {
    expect(xmlEscape(`Tom & "Jerry" <3 it's >`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;3 it&apos;s &gt;');
    expect(xmlEscape(`it's`, '&#39;')).toBe('it&#39;s');
    expect(xmlEscape('')).toBe('');
    expect(xmlEscape('&')).toBe('&amp;');
    expect(xmlEscape('plain ’quotes’ and =?@')).toBe('plain ’quotes’ and =?@');
  });

  // `npm run fuzz:escape` runs it with a fresh seed and more texts.
  const seed = Number(process.env.KILN_ESCAPE_SEED ?? 20261204);
  const cases = Number(process.env.KILN_ESCAPE_CASES ?? 2000);
  it(`writes what the plain replacement writes (${cases} texts, seed ${seed})`, () => {
    const rand = random(seed);
    // Characters around the four, below and above them, and one outside Latin-1.
    const alphabet = ['&', '<', '>', '"', "'", '=', '?', '%', ' ', 'a', '\n', '’', '😀', '&amp;'];
    for (let n = 0; n < cases; n++) {
      let text = '';
      const length = Math.floor(rand() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      expect(xmlEscape(text)).toBe(reference(text));
    }
  });
});
