import { describe, expect, it } from 'vitest';
import { CompiledCode } from '../../../src/render/templates/compiled-code.js';
import { createTemplates } from '../../../src/render/templates/create-environment.js';
import { errorLines } from '../../../src/shared/errors.js';

// One build's templates; `compiled` is what watch keeps between builds.
function build(includes: Record<string, string>, compiled?: CompiledCode, url = 'https://a.example') {
  return createTemplates({
    includes: new Map(Object.entries(includes)),
    timezone: 'UTC',
    clock: 0,
    url,
    baseurl: '',
    markdownify: (s) => `<p>${s}</p>`,
    urlOf: (_tag, target) => `/posts/${target}/`,
    readSource: () => undefined,
    compiled,
  });
}

const LAYOUT =
  '{% include "head.html" %}{% block main %}{{ content | upcase }}{% endblock %}' +
  ' [{% post_url 2021-01-01-a %}] {{ "x" | absolute_url }}{% highlight ruby %}p 1{% endhighlight %}';

describe('templates compiled by an earlier build', () => {
  it('render as templates compiled afresh, with this build’s filters, tags and includes', () => {
    const compiled = new CompiledCode();
    const first = build({ 'head.html': '<h>{{ page.title }}</h>' }, compiled).compile(
      LAYOUT,
      '_layouts/x.html',
      4,
      'nunjucks',
    );
    const context = { content: 'body', page: { title: 'T' } };
    const fresh = build({ 'head.html': '<h>{{ page.title }}</h>' })
      .compile(LAYOUT, '_layouts/x.html', 4, 'nunjucks')
      .render(context);
    expect(first.render(context)).toBe(fresh);
    compiled.endBuild();
    // The next build: same layout text (its code is reused), another URL and include.
    const second = build({ 'head.html': '<h2>{{ page.title }}</h2>' }, compiled, 'https://b.example').compile(
      LAYOUT,
      '_layouts/x.html',
      4,
      'nunjucks',
    );
    const expected = build({ 'head.html': '<h2>{{ page.title }}</h2>' }, undefined, 'https://b.example')
      .compile(LAYOUT, '_layouts/x.html', 4, 'nunjucks')
      .render(context);
    expect(second.render(context)).toBe(expected);
    expect(expected).toContain('https://b.example/x');
    expect(expected).toContain('<h2>T</h2>');
  });

  it('a template that does not compile fails with the same error as without them', () => {
    const broken = '<p>\n{% if page.title %}\nno end';
    const error = (compiled?: CompiledCode) => {
      try {
        build({}, compiled).compile(broken, '_layouts/bad.html', 3, 'nunjucks');
      } catch (e) {
        return errorLines(e);
      }
      return [];
    };
    expect(error(new CompiledCode())).toEqual(error());
    expect(error()[0]).toMatch(/^_layouts\/bad\.html:\d+: template error: /);
  });
});

// compiled-code.ts relies on Nunjucks' compiler module and on Template accepting compiled code:
// neither is in Nunjucks' documented API, so a Nunjucks release that changes them fails here.
describe('the Nunjucks internals compiled-code.ts uses', () => {
  it('compiler.compile gives code that makes a template Nunjucks renders', async () => {
    const nunjucks = (await import('nunjucks')).default as unknown as {
      compiler: { compile(src: string, a: unknown, e: unknown, name: string, o: unknown): string };
      Environment: new () => { asyncFilters: unknown; extensionsList: unknown; opts: unknown };
      Template: new (src: unknown, env: unknown, path: string, eager: boolean) => { render(c: object): string };
    };
    const env = new nunjucks.Environment();
    const code = nunjucks.compiler.compile('<p>{{ x }}</p>', env.asyncFilters, env.extensionsList, 't.html', env.opts);
    const obj = new Function(code)() as { root?: unknown };
    expect(typeof obj.root).toBe('function');
    expect(new nunjucks.Template({ type: 'code', obj }, env, 't.html', true).render({ x: 1 })).toBe('<p>1</p>');
  });
});
