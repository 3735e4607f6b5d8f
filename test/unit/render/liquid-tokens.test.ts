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
  for (const greedy of [true, false]) {
    const liquid = new Liquid({ greedy });
    const ops = liquid.options.operators;
    const same = (src: string) =>
      expect(tokens((s) => new TextSkippingTokenizer(s, ops, 'a.md'), src, liquid)).toEqual(
        tokens((s) => new Tokenizer(s, ops, 'a.md'), src, liquid),
      );

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
});
