import { describe, expect, it } from 'vitest';
import { nunjucks } from '../../../src/render/templates/nunjucks-lib.js';

// kiln sets a Nunjucks scope's names with their parts kept (nunjucks-lib.ts): the outputs below
// are Nunjucks' own, rendered with its own `Frame#set`.
describe('Nunjucks scopes, with the parts of names kept', () => {
  const env = new nunjucks.Environment(null, { autoescape: true });
  const render = (template: string) =>
    env.renderString(template, { xs: [1, 2, 3], ys: ['p', 'q'], obj: { a: 1, b: 2 } });

  it('give a loop its variables on every turn', () => {
    expect(
      render(
        '{% for x in xs %}{{ loop.index }}/{{ loop.index0 }}/{{ loop.revindex }}/{{ loop.revindex0 }}/{{ loop.first }}/{{ loop.last }}/{{ loop.length }}:{{ x }};{% endfor %}',
      ),
    ).toBe('1/0/3/2/true/false/3:1;2/1/2/1/false/false/3:2;3/2/1/0/false/true/3:3;');
    expect(
      render(
        '{% for k, v in obj %}{{ loop.index }}{{ k }}={{ v }};{% endfor %}{% for x in [] %}no{% else %}empty{% endfor %}',
      ),
    ).toBe('1a=1;2b=2;empty');
  });

  it('keep an inner loop’s variables to it, and set an outer name where it lives', () => {
    expect(
      render(
        '{% for a in xs %}[{% for b in ys %}{{ loop.index }}{{ a }}{{ b }}{% if loop.last %}|{{ loop.length }}{% endif %} {% endfor %}{{ loop.index }}]{% endfor %}',
      ),
    ).toBe('[11p 21q|2 1][12p 22q|2 2][13p 23q|2 3]');
    expect(
      render(
        '{% set n = 0 %}{% for x in xs %}{% set n = n + x %}{% set m = x %}{{ n }},{{ m }};{% endfor %}{{ n }}|{{ m }}',
      ),
    ).toBe('1,1;3,2;6,3;6|');
  });
});
