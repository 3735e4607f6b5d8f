import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { PLAIN_URL } from '../../../src/render/markdown/create-markdown.js';

// kiln hands plain URLs through as they are; markdown-it's normalizeLink must agree on every one.
describe('plain link URLs', () => {
  it('are exactly what markdown-it would make of them (random URLs, seeded)', () => {
    const md = new MarkdownIt();
    const alphabet = "abcXYZ019-._~:/?#@!$&'()*+,;=%[] \u00e9";
    const starts = [
      '',
      'http://',
      'https://',
      'HTTPS://Ex.COM/',
      '//',
      '/',
      '#',
      '?',
      './',
      '../',
      'mailto:',
      'https://a.b.c:80/',
      'javascript:',
      'https://xn--bcher-kva.example/',
    ];
    let x = 20261121;
    const next = (n: number) => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) % n;
    };
    let plain = 0;
    for (let i = 0; i < 200_000; i++) {
      let url = starts[i % starts.length]!;
      for (let k = next(30); k >= 0; k--) url += alphabet[next(alphabet.length)];
      if (!PLAIN_URL.test(url)) continue;
      plain++;
      expect(md.normalizeLink(url), url).toBe(url);
    }
    expect(plain).toBeGreaterThan(10_000);
  });

  it('leaves anything else to markdown-it', () => {
    for (const url of ['https://bücher.example/', 'a b', '100%', 'mailto:x@y.z', 'https://u@host/', 'HTTP://x/%zz']) {
      expect(PLAIN_URL.test(url), url).toBe(false);
    }
  });
});
