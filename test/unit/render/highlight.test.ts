import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/render/markdown/highlight/highlight.js';
import { ROUGE_LANGUAGES } from '../../../src/render/markdown/highlight/rouge-languages.js';
import { charClasses, ORACLE_DIR } from '../../highlight-oracle/agreement.js';

const require = createRequire(import.meta.url);
const prismComponents: { languages: Record<string, unknown> } = require('prismjs/components.js');

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
  it('every Prism language and TextMate grammar the table names exists, loads, and keeps the code as it was', () => {
    const languages = new Set(ROUGE_LANGUAGES.values());
    // Rouge 3.30 has 217 lexers; BIML, Digdag, FreeFEM and IRB output extend another and share its entry.
    expect(languages.size).toBe(213);
    const code = 'x = f("a < b", 1) // c & d\n';
    const samples = readdirSync(join(ORACLE_DIR, 'samples')).map((file) => file.split('.')[0]);
    for (const { tag, prism, textmate } of languages) {
      if (prism) expect(prismComponents.languages, tag).toHaveProperty(prism);
      // A TextMate language is measured (and its text checked) on its sample in the agreement test.
      if (textmate) {
        expect(require(`@wooorm/starry-night/${textmate}`).default, tag).toHaveProperty('patterns');
        expect(samples, tag).toContain(tag);
      } else expect(charClasses(highlight(code, tag)).text, tag).toBe(code);
    }
  });
  it('a language extending another in Rouge is coloured as that one', () => {
    for (const [lang, parent, code] of [
      ['biml', 'xml', '<Biml a="1"><!-- c --></Biml>\n'],
      ['digdag', 'yaml', '+task:\n  retry: 3\n'],
      ['irb_output', 'ruby', '=> {:a=>"b"}\n'],
    ])
      expect(highlight(code!, lang!, 'rouge'), lang).toBe(highlight(code!, parent!, 'rouge'));
  });
  it("but for what the extension adds: Digdag's operator keys are keywords in Rouge's markup", () => {
    expect(highlight('+task:\n  sh>: echo "hi"\n', 'digdag', 'rouge')).toBe(
      '<span class="na">+task</span><span class="pi">:</span>\n  <span class="kr">sh&gt;</span><span class="pi">:</span> <span class="s">echo "hi"</span>\n',
    );
    expect(highlight('+task:\n  sh>: echo "hi"\n', 'yaml', 'rouge')).toContain('<span class="na">sh&gt;</span>');
  });
  it("FreeFEM, which extends C++ in Rouge, is lexed as Rouge's FreeFEM in Rouge's markup and as C++ in Pygments'", () => {
    // Its own types and constants, and C's numbers and statements rather than C++'s (a `.5` no float).
    const code = 'real x = 1.5; // c\n';
    const rouge =
      '<span class="kt">real</span> <span class="kr">x</span> <span class="o">=</span> <span class="mi">1</span>' +
      '<span class="p">.</span><span class="mi">5</span><span class="p">;</span> <span class="c1">// c</span>\n';
    expect(highlight(code, 'freefem', 'rouge')).toBe(rouge);
    expect(highlight(code, 'ff', 'rouge')).toBe(rouge);
    expect(highlight(code, 'freefem')).toBe(highlight(code, 'cpp'));
  });
  it("a state FreeFEM shares with C++ reads FreeFEM's own rules, whichever language came first (Rouge 3.30's output)", () => {
    // `case` is C++'s list of rules in both; its mixins are each language's numbers.
    const code = "case 1'000:\n";
    expect(highlight(code, 'cpp', 'rouge')).toBe(
      '<span class="k">case</span> <span class="mi">1\'000</span><span class="p">:</span>\n',
    );
    expect(highlight(code, 'freefem', 'rouge')).toBe(
      '<span class="k">case</span> <span class="mi">1</span><span class="o">\'</span><span class="mo">000</span><span class="p">:</span>\n',
    );
  });
  it('a language only a TextMate grammar knows is coloured in both markups', () => {
    // Meson (sed was the example here until kiln lexed it as Rouge does, in Rouge's markup).
    const code = "# a comment\nproject('demo', 'c')\n";
    for (const markup of ['rouge', 'pygments'] as const) {
      expect(highlight(code, 'meson', markup)).toContain('<span class="c1"># a comment</span>');
      expect(highlight(code, 'meson', markup)).toContain('<span class="s1">\'demo\'</span>');
    }
    expect(highlight('# strip blanks\ns/[[:space:]]*$//g\n', 'sed')).toContain('<span class="sr">');
  });
});

describe('ERB', () => {
  it('is a template around Ruby: HTML between the tags in Rouge markup, template text in Pygments markup', () => {
    const code = '<p class="a"><%= name %></p>\n% if x\n<%% raw %%>\n<%- y -%>\n<%# note %>\n';
    expect(highlight(code, 'erb', 'rouge')).toBe(
      '<span class="nt">&lt;p</span> <span class="na">class=</span><span class="s">"a"</span><span class="nt">&gt;</span><span class="cp">&lt;%=</span> <span class="nb">name</span> <span class="cp">%&gt;</span><span class="nt">&lt;/p&gt;</span>\n% if x\n<span class="cp">&lt;%%</span> <span class="n">raw</span> <span class="cp">%%&gt;</span>\n<span class="cp">&lt;%-</span> <span class="n">y</span> <span class="cp">-%&gt;</span>\n<span class="c">&lt;%# note %&gt;</span>\n',
    );
    // As Rouge 3.30 (above) and pygmentize -l erb write it (less its `w` spans around blanks).
    expect(highlight(code, 'erb')).toBe(
      '<span class="x">&lt;p class="a"&gt;</span><span class="cp">&lt;%=</span> <span class="nb">name</span> <span class="cp">%&gt;</span><span class="x">&lt;/p&gt;</span>\n<span class="cp">%</span> <span class="k">if</span> <span class="n">x</span>\n<span class="x">&lt;%% raw %%&gt;</span>\n<span class="cp">&lt;%-</span> <span class="n">y</span> <span class="cp">-%&gt;</span>\n<span class="cp">&lt;%#</span><span class="c"> note </span><span class="cp">%&gt;</span>\n',
    );
  });
});

describe('tokens', () => {
  it('a JavaScript or TypeScript regular expression literal is one regex token, not division and text', () => {
    for (const lang of ['javascript', 'typescript', 'jsx', 'tsx']) {
      const html = highlight('const re = /a\\/b"c/g;\nconst half = x / 2 / y;\n', lang);
      expect(html, lang).toContain('<span class="sr">/a\\/b"c/g</span>');
      // Pygments' JavaScript and TypeScript lexers call every number but a BigInt, binary, octal or
      // hex one a float (2.14: `echo 'x / 2' | pygmentize -l typescript`).
      const number = lang === 'javascript' || lang === 'typescript' ? 'mf' : 'mi';
      expect(html, lang).toContain(
        `<span class="nx">x</span> <span class="o">/</span> <span class="${number}">2</span>`,
      );
    }
  });
  it("a Prism token named like an object's own property (ReasonML's `constructor`) is coloured, not a crash", () => {
    const code = 'type action =\n  | Add(string)\n  | Reset;\n';
    for (const markup of ['rouge', 'pygments'] as const) {
      const html = highlight(code, 'reasonml', markup);
      expect(html).toContain('<span class="o">|</span> <span class="n">Add</span><span class="p">(</span>');
    }
  });
  it('strings by quote, numbers by kind and comments by form, as Rouge names them', () => {
    expect(highlight('x = \'a\' + "b" + 0x1F + 2.5 # c\n', 'ruby')).toBe(
      '<span class="n">x</span> <span class="o">=</span> <span class="s1">\'a\'</span> <span class="o">+</span> <span class="s2">"b"</span> <span class="o">+</span> <span class="mh">0x1F</span> <span class="o">+</span> <span class="mf">2.5</span> <span class="c1"># c</span>\n',
    );
  });
});
