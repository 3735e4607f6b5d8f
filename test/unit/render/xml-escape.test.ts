import { describe, expect, it } from 'vitest';
import { xmlEscape } from '../../../src/render/templates/filters/text.js';
import { random } from '../../helpers/random.js';

// What xml_escape writes, said the plain way: each of the four characters replaced by its reference.
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const reference = (s: string) => s.replace(/[&<>"]/g, (c) => REFERENCES[c]!);

describe('xml_escape', () => {
  it('escapes & < > " and nothing else', () => {
    expect(xmlEscape(`Tom & "Jerry" <3 it's >`)).toBe("Tom &amp; &quot;Jerry&quot; &lt;3 it's &gt;");
    expect(xmlEscape('')).toBe('');
    expect(xmlEscape('&')).toBe('&amp;');
    expect(xmlEscape('plain ’quotes’ and =?@')).toBe('plain ’quotes’ and =?@');
  });

  it('writes what the plain replacement writes (seeded texts)', () => {
    const rand = random(20261204);
    // Characters around the four, below and above them, and one outside Latin-1.
    const alphabet = ['&', '<', '>', '"', "'", '=', '?', '%', ' ', 'a', '\n', '’', '😀', '&amp;'];
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(rand() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      expect(xmlEscape(text)).toBe(reference(text));
    }
  });
});
