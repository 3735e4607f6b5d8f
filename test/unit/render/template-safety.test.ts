import { describe, expect, it } from 'vitest';
import { createTemplates, type TemplateLanguage } from '../../../src/render/templates/create-environment.js';

const templates = createTemplates({
  includes: new Map(),
  timezone: 'UTC',
  clock: 0,
  url: '',
  baseurl: '',
  markdownify: (s) => s,
  urlOf: (tag, target) => `/${tag}/${target}`,
  readSource: () => undefined,
});
const render = (src: string, language: TemplateLanguage, vars: Record<string, unknown> = {}) =>
  templates.compile(src, 'p.html', 1, language).render({ page: { title: 'T', list: [1] }, ...vars });

// Known ways out of a Nunjucks template into the process (Function via a constructor, prototypes).
const ESCAPES = [
  '{{ range.constructor("return process.env.HOME")() }}',
  '{{ cycler.constructor("return process")() }}',
  '{{ joiner.constructor("return process")() }}',
  '{{ "".constructor.constructor("return process")() }}',
  '{{ page.title.constructor.constructor("return process")() }}',
  '{{ page.list.constructor.constructor("return process")() }}',
  '{{ page["constructor"]["constructor"]("return process")() }}',
  '{{ page[("con" ~ "structor")] }}',
  '{{ page.__proto__ }}',
  '{{ page.list.__proto__.constructor }}',
  '{% set f = range.constructor %}{{ f("return 1")() }}',
];

describe('templates read data and cannot run code', () => {
  for (const src of ESCAPES) {
    it(`Nunjucks refuses ${src}`, () => {
      expect(() => render(src, 'nunjucks')).toThrow(/is not available to templates/);
    });
  }

  it('Liquid never reads a property an object does not own (no prototypes, no constructors)', () => {
    expect(
      render(
        '[{{ page.constructor }}][{{ page.title.constructor }}][{{ page.__proto__ }}][{{ page.list.constructor }}]',
        'liquid',
      ),
    ).toBe('[][][][]');
  });

  it('a Nunjucks range is bounded, a small one works', () => {
    expect(render('{% for i in range(0, 3) %}{{ i }}{% endfor %}{{ range(5) | join(",") }}', 'nunjucks')).toBe(
      '0120,1,2,3,4',
    );
    expect(() => render('{% for i in range(0, 1000000000000) %}{% endfor %}', 'nunjucks')).toThrow(
      /range: 1000000000000 numbers/,
    );
  });

  it('ordinary lookups still work', () => {
    expect(
      render('{{ page.title }}{{ page["title"] }}{{ page.list | length }}{{ page.title.toUpperCase() }}', 'nunjucks'),
    ).toBe('TT1T');
  });
});
