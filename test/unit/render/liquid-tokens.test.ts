import { describe, expect, it } from 'vitest';
import { TextSkippingTokenizer } from '../../../src/render/templates/liquid/lax.js';
import { Liquid, Tokenizer } from '../../../src/render/templates/liquid/liquidjs.js';
import { random } from '../../helpers/random.js';

// Pieces random templates are made of: delimiters whole and broken, whitespace control, raw
// blocks, quotes, newlines, and text.
const PIECES = [
  '{{',
  '}}',
  '{%',
  '%}',
  '{{-',
  '-}}',
  '{%-',
  '-%}',
  '{',
  '}',
  '%',
  '-',
  ' ',
  '\n',
  '\t',
  '"',
  "'",
  'raw',
  'endraw',
  '{% raw %}',
  '{% endraw %}',
  '{%- raw -%}',
  '{% if a %}',
  '{% endif %}',
  'x',
  'text ',
  '{{ page.title }}',
  '{{ "}}" }}',
  "{{ '%}' }}",
  '{% comment %}',
  '{% endcomment %}',
  'é',
  '😀',
];

/** Each token's kind, class, range, file, whitespace control and name/arguments; or the error thrown. */
function tokens(make: (src: string) => Tokenizer, src: string, liquid: Liquid): unknown {
  try {
    return make(src)
      .readTopLevelTokens(liquid.options)
      .map((t) => {
        const r = t as unknown as Record<string, unknown>;
        return [
          t.constructor.name,
          t.kind,
          t.begin,
          t.end,
          t.file,
          r.trimLeft,
          r.trimRight,
          r.name,
          r.args,
          r.contentRange,
        ];
      });
  } catch (e) {
    return { error: String(e), message: (e as Error).message };
  }
}

describe("Liquid's tokens read with indexOf between tags", () => {
  // kiln's Liquid is greedy (liquidjs' default, Ruby Liquid's rule): the pieces have white space
  // of ASCII alone, which both trim alike (Unicode spaces: the test below).
  for (const greedy of [true]) {
    const liquid = new Liquid({ greedy });
    const ops = liquid.options.operators;
    // liquidjs' tokens, but an endraw trims after itself as its raw says (Ruby Liquid's rule): the
    // text after such an endraw is compared without its trim (test/liquid-oracle has those bytes).
    // An output ends at its first `}` (Ruby Liquid's rule; liquidjs reads over quoted text): where
    // liquidjs read a `}` into an output, or failed on an output, each of ours ends at its first
    // `}}` (a lone `}` is an error).
    const same = (src: string) => {
      const ours = tokens((s) => new TextSkippingTokenizer(s, ops, 'a.md'), src, liquid);
      const theirs = tokens((s) => new Tokenizer(s, ops, 'a.md'), src, liquid);
      // Ours stops at an output whose first `}` is a lone one (Jekyll rejects it too).
      const lone =
        !Array.isArray(ours) &&
        /output '([\s\S]*)' is not closed: Liquid ends/.exec((ours as { message: string }).message);
      if (lone) {
        const at = src.indexOf(lone[1]!);
        return expect([at >= 0, lone[1]!.indexOf('}'), src[at + lone[1]!.length]]).toEqual([
          true,
          lone[1]!.length - 1,
          src[at + lone[1]!.length] === '}' ? 'not }' : src[at + lone[1]!.length],
        ]);
      }
      // Ours stops at a tag whose name Ruby Liquid cannot read (`{%·if %}` with a no-break space, `{%--}`).
      const unnamed =
        !Array.isArray(ours) &&
        /^Tag '([\s\S]*)' was not properly terminated/.exec((ours as { message: string }).message);
      if (unnamed) return expect(unnamed[1]).toMatch(/^\{%-?[ \t\n\v\f\r]*[^#\w]/);
      // And at a raw tag with markup, before its body (Ruby's Raw checks its markup first).
      if (!Array.isArray(ours) && /^Syntax Error in 'raw'/.test((ours as { message: string }).message))
        return expect(src).toMatch(/\{%-?[ \t\n\v\f\r]*raw[^%]/);
      const braceInOutput =
        Array.isArray(theirs) &&
        theirs.some((t: unknown[]) => t[0] === 'OutputToken' && src.slice(...(t[9] as [number, number])).includes('}'));
      if (braceInOutput || (!Array.isArray(theirs) && /^output/.test((theirs as { message: string }).message))) {
        // Ending an output sooner may meet a broken tag later, liquidjs' to report as it reads it.
        if (!Array.isArray(ours)) return;
        for (const t of ours as unknown[][]) {
          if (t[0] !== 'OutputToken') continue;
          const begin = t[2] as number;
          expect([t[3], src.slice((t[3] as number) - 2, t[3] as number)]).toEqual([
            src.indexOf('}', begin + 2) + 2,
            '}}',
          ]);
        }
        return;
      }
      if (!Array.isArray(theirs) || !Array.isArray(ours)) return expect(ours).toEqual(theirs);
      let rawTrim: unknown;
      for (let i = 0; i < theirs.length; i++) {
        const t = theirs[i] as unknown[];
        if (t[7] === 'raw') rawTrim = t[6];
        if (t[7] !== 'endraw' || rawTrim === undefined) continue;
        const trim = rawTrim;
        rawTrim = undefined;
        if (t[6] === trim) continue;
        theirs[i] = [...t.slice(0, 6), trim, ...t.slice(7)];
        const next = theirs[i + 1] as unknown[] | undefined;
        if (next?.[0] === 'HTMLToken') {
          theirs[i + 1] = [...next.slice(0, 5), 'trimmed as the raw says', ...next.slice(6)];
          ours[i + 1] = [
            ...(ours[i + 1] as unknown[]).slice(0, 5),
            'trimmed as the raw says',
            ...(ours[i + 1] as unknown[]).slice(6),
          ];
        }
      }
      expect(ours).toEqual(theirs);
    };

    it(`are liquidjs' own on random templates (greedy: ${greedy})`, () => {
      const next = random(16);
      for (let n = 0; n < 3000; n++) {
        let src = '';
        const length = Math.floor(next() * 40);
        for (let i = 0; i < length; i++) src += PIECES[Math.floor(next() * PIECES.length)];
        same(src);
      }
    });

    it(`read on to a string as liquidjs does, from any place and in any range (greedy: ${greedy})`, () => {
      const next = random(17);
      const ends = ['{%', '%}', 'endraw', ']', ',', 'or', 'x', '', '😀'];
      for (let n = 0; n < 3000; n++) {
        let src = '';
        const length = Math.floor(next() * 30);
        for (let i = 0; i < length; i++) src += PIECES[Math.floor(next() * PIECES.length)];
        const to = Math.floor(next() * (src.length + 1));
        const from = Math.floor(next() * (to + 1));
        const range: [number, number] | undefined = next() < 0.5 ? [from, to] : undefined;
        const end = ends[Math.floor(next() * ends.length)]!;
        const ours = new TextSkippingTokenizer(src, ops, 'a.md', range);
        const theirs = new Tokenizer(src, ops, 'a.md', range);
        // Twice from the same tokenizer: the second read starts where the first stopped.
        for (let k = 0; k < 2; k++) expect([ours.readTo(end), ours.p]).toEqual([theirs.readTo(end), theirs.p]);
      }
    });

    it(`are liquidjs' own on a post's body (greedy: ${greedy})`, () => {
      same('');
      same('plain text');
      same('Intro.\n\n{% highlight ruby %}\nputs 1\n{% endhighlight %}\n\n{{- page.title -}}  \n\nEnd {{ x }}');
      same('{% raw %}{{ a }}{% endraw %} after {% raw %}b');
      same(
        `Before.\n\n{% raw %}\n${'{{ site.title }} and {% if x %}…{% endif %}\n'.repeat(50)}{% endraw %}\n\nAfter {{ y }}.`,
      );
      same('{{ a }');
    });
  }

  it("reject a tag with no name with Ruby Liquid's message (liquidjs: 'tag name expected')", () => {
    const liquid = new Liquid();
    for (const tag of ['{% %}', '{%%}', '{%- -%}', '{% "x" %}', '{% . %}']) {
      const read = () =>
        new TextSkippingTokenizer(`a\n${tag}b`, liquid.options.operators, 'a.md').readTopLevelTokens(liquid.options);
      expect(read).toThrow(`Tag '${tag}' was not properly terminated with regexp: /\\%\\}/, file:a.md, line:2, col:1`);
    }
  });

  it("trim ASCII white space alone at {%- and -%}, as Ruby's strip does (liquidjs trims Unicode spaces too)", () => {
    const liquid = new Liquid();
    const src = '\u00a0 {{- a -}} \u3000|\t\v\f\r\n {%- if b -%} \u2009';
    const texts = new TextSkippingTokenizer(src, liquid.options.operators, 'a.md')
      .readTopLevelTokens(liquid.options)
      .filter((t) => t.constructor.name === 'HTMLToken')
      .map((t) => (t as unknown as { getContent(): string }).getContent());
    expect(texts).toEqual(['\u00a0', '\u3000|', '\u2009']);
  });
});
