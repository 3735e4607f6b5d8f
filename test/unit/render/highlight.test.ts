import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/render/markdown/highlight/highlight.js';
import { ROUGE_LANGUAGES } from '../../../src/render/markdown/highlight/rouge-languages.js';
import { charClasses } from '../../highlight-oracle/agreement.js';

const prismComponents: { languages: Record<string, unknown> } = createRequire(import.meta.url)('prismjs/components.js');

describe('which languages get colours', () => {
  it("Rouge's names and aliases, in any case, colour the code", () => {
    for (const [lang, code] of [
      ['sh', 'echo "hi" # greet\n'],
      ['shell', 'echo "hi" # greet\n'],
      ['bash', 'echo "hi" # greet\n'],
      ['console', '$ ls -la\n'],
      ['yml', 'key: "value"\n'],
      ['js', 'const x = "a";\n'],
      ['ts', 'let n: number = 1;\n'],
      ['py', 'def f(): return 1\n'],
      ['rb', 'def f; "a"; end\n'],
      ['c++', 'int main() { return 0; }\n'],
      ['Ruby', 'puts "a"\n'],
      ['dockerfile', 'FROM node:20\n'],
    ])
      expect(highlight(code!, lang!), lang).toContain('<span class=');
  });
  it('a language Rouge does not know is escaped text', () => {
    expect(highlight('a < b && "c"\n', 'nosuchlanguage')).toBe('a &lt; b &amp;&amp; "c"\n');
    // Prism knows `markup`, Rouge does not: Jekyll would not colour it.
    expect(highlight('<p>x</p>\n', 'markup')).toBe('&lt;p&gt;x&lt;/p&gt;\n');
  });
  it('every Prism language the table names exists, loads, and keeps the code as it was', () => {
    const tags = new Map([...ROUGE_LANGUAGES.values()].map((l) => [l.tag, l.prism]));
    expect(tags.size).toBe(217);
    const code = 'x = f("a < b", 1) // c & d\n';
    for (const [tag, prism] of tags) {
      if (!prism) continue;
      expect(prismComponents.languages, tag).toHaveProperty(prism);
      expect(charClasses(highlight(code, tag)).text, tag).toBe(code);
    }
  });
});

describe('tokens', () => {
  it('a JavaScript or TypeScript regular expression literal is one regex token, not division and text', () => {
    for (const lang of ['javascript', 'typescript', 'jsx', 'tsx']) {
      const html = highlight('const re = /a\\/b"c/g;\nconst half = x / 2 / y;\n', lang);
      expect(html, lang).toContain('<span class="sr">/a\\/b"c/g</span>');
      expect(html, lang).toContain('<span class="nx">x</span> <span class="o">/</span> <span class="mi">2</span>');
    }
  });
  it('strings by quote, numbers by kind and comments by form, as Rouge names them', () => {
    expect(highlight('x = \'a\' + "b" + 0x1F + 2.5 # c\n', 'ruby')).toBe(
      '<span class="n">x</span> <span class="o">=</span> <span class="s1">\'a\'</span> <span class="o">+</span> <span class="s2">"b"</span> <span class="o">+</span> <span class="mh">0x1F</span> <span class="o">+</span> <span class="mf">2.5</span> <span class="c1"># c</span>\n',
    );
  });
});
