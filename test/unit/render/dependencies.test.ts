import { describe, expect, it } from 'vitest';
import { templateDependencies } from '../../../src/render/dependencies.js';

const deps = (...sources: string[]) => templateDependencies(sources);

describe('what a template can read (watch reuses output only when all of it is unchanged)', () => {
  it('a layout that reads only the page and config depends on nothing shared', () => {
    expect(deps('<h1>{{ page.title }}</h1>{{ content }}{{ site.title }}{{ site.baseurl }}')).toEqual({
      postList: false,
      postContent: false,
      postContentLimit: 0,
      neighbours: false,
      paginator: false,
      data: false,
      time: false,
      pages: false,
    });
  });
  it('the archive reads the post list but no post content', () => {
    expect(
      deps('{% for y in site.archive %}{% for p in y.posts %}{{ p.title }}{% endfor %}{% endfor %}'),
    ).toMatchObject({ postList: true, postContent: false });
  });
  it('a feed reads the content of the newest posts it slices', () => {
    expect(deps('{% for post in site.posts.slice(0, 10) %}{{ post.content | xml_escape }}{% endfor %}')).toMatchObject({
      postList: true,
      postContent: true,
      postContentLimit: 10,
    });
    expect(
      deps(
        '{% for p in site.posts.slice(0, 5) %}{{ p.excerpt }}{% endfor %}',
        '{% for post in site.posts.slice(0, 100) %}{{ post.content }}{% endfor %}',
      ),
    ).toMatchObject({ postContentLimit: 100 });
  });
  it('content read any other way through site counts as every post', () => {
    expect(
      deps('{% for post in site.posts %}{% if loop.index <= 100 %}{{ post.content }}{% endif %}{% endfor %}'),
    ).toMatchObject({ postContentLimit: Infinity });
    expect(
      deps('{% for p in site.posts.slice(0, 5) %}{{ p.title }}{% endfor %}{{ site.posts[7].content }}'),
    ).toMatchObject({ postContentLimit: Infinity });
    expect(deps('{% for p in site.posts.slice(5, 10) %}{{ p.content }}{% endfor %}')).toMatchObject({
      postContentLimit: Infinity,
    });
  });
  it("excerpts read through the paginator are the paginator page's own posts", () => {
    expect(deps('{% for post in paginator.posts %}{{ post.excerpt }}{% endfor %}')).toMatchObject({
      paginator: true,
      postContent: false,
      postList: false,
    });
  });
  it('set aliases are followed to their root', () => {
    expect(deps('{% set recent = site.posts %}{% for p in recent %}{{ p.excerpt }}{% endfor %}')).toMatchObject({
      postContent: true,
    });
  });
  it('content read through a variable it cannot trace counts as post content', () => {
    expect(deps('{{ post.content }}', '{% for post in site.posts %}{% include "x.html" %}{% endfor %}')).toMatchObject({
      postContent: true,
    });
  });
  it('neighbours, data, time, pages', () => {
    expect(deps('{{ page.previous.title }}')).toMatchObject({ neighbours: true });
    expect(deps('{{ page | jsonify }}')).toMatchObject({ neighbours: true });
    expect(deps('{% for n in site.data.nav %}{% endfor %}')).toMatchObject({ data: true });
    expect(deps('{{ site.time | date_to_string }}')).toMatchObject({ time: true });
    expect(deps('{{ "now" | date("%Y") }}')).toMatchObject({ time: true });
    expect(deps('{% for p in site.pages %}{{ p.url }}{% endfor %}')).toMatchObject({ pages: true });
  });
  it('site used whole counts as everything', () => {
    expect(deps('{{ site | jsonify }}')).toEqual({
      postList: true,
      postContent: true,
      postContentLimit: Infinity,
      neighbours: true,
      paginator: false,
      data: true,
      time: true,
      pages: true,
    });
    expect(deps('{{ site["posts"] }}')).toMatchObject({ postList: true, postContent: true });
  });
  it('paginator.page is not the page', () => {
    expect(deps('{{ paginator.page }}')).toMatchObject({ neighbours: false, paginator: true });
  });
  it('only tags and outputs are read: prose around them reads nothing', () => {
    expect(deps('The site is on page one; the paginator is now 3 posts.content long. {{ page.title }}')).toEqual({
      postList: false,
      postContent: false,
      postContentLimit: 0,
      neighbours: false,
      paginator: false,
      data: false,
      time: false,
      pages: false,
    });
    // A quoted `%}` or `}}` does not end the tag or output early.
    expect(deps('{% set x = "%}" ~ site.data.a %}')).toMatchObject({ data: true });
    expect(deps('{{ "}}" ~ site.time }}')).toMatchObject({ time: true });
    expect(deps('{%- for p in site.posts -%}{{- p.content -}}{%- endfor -%}')).toMatchObject({
      postList: true,
      postContent: true,
    });
  });
  it('post_url reads the post list, link the post list and the pages', () => {
    expect(deps('[x]({% post_url 2021-01-01-a %})')).toMatchObject({ postList: true, pages: false });
    expect(deps('[x]({%- link about.md -%})')).toMatchObject({ postList: true, pages: true });
  });
  it('a neighbour of a neighbour, or one reached through a variable, counts as the post list and its content', () => {
    expect(deps('{{ page.previous.title }}{{ page.next.url }}')).toMatchObject({ neighbours: true, postList: false });
    expect(deps('{{ page.previous.previous.content }}')).toMatchObject({
      postList: true,
      postContent: true,
      postContentLimit: Infinity,
    });
    expect(deps('{% set p = page.next %}{{ p.next.title }}')).toMatchObject({ postList: true });
    expect(deps('{{ page["previous"]["next"].title }}')).toMatchObject({ postList: true });
  });
  it("posts serialised whole, or filtered by their content, count as reading every post's content", () => {
    expect(deps('{{ site.posts | jsonify }}')).toMatchObject({
      postList: true,
      postContent: true,
      postContentLimit: Infinity,
    });
    expect(deps('{{ site.posts | dump }}')).toMatchObject({ postContent: true, postContentLimit: Infinity });
    expect(deps('{% assign hits = site.posts | where: "content", "kiln" %}{{ hits.size }}')).toMatchObject({
      postContent: true,
    });
  });
});
