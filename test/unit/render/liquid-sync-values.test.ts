import { describe, expect, it } from 'vitest';
import { FieldCells, Reads, recordedObject } from '../../../src/render/reads.js';
import { Drop, Liquid } from '../../../src/render/templates/liquid/liquidjs.js';
import { renderWithoutGenerators } from '../../../src/render/templates/liquid/sync-values.js';
import { random } from '../../helpers/random.js';

// kiln's plain-call evaluation of values (sync-values.ts) against liquidjs's own generators: the
// same random templates over the same random data, rendered by an engine with it and one
// without, must give the same text or the same error. A fixed seed here; `npm run
// fuzz:sync-values` takes a fresh one (KILN_SYNC_SEED, KILN_SYNC_CASES).
const SEED = Number(process.env.KILN_SYNC_SEED ?? 4343);
const CASES = Number(process.env.KILN_SYNC_CASES ?? 3000);

class Shelf extends Drop {
  constructor(private readonly label: string) {
    super();
  }
  get name() {
    return this.label;
  }
  get broken(): string {
    throw new Error(`${this.label} cannot be read`);
  }
  override liquidMethodMissing(key: string) {
    return key === 'missing' ? undefined : `${this.label}:${key}`;
  }
  override valueOf() {
    return this.label;
  }
}

function data(pick: <T>(list: readonly T[]) => T) {
  const item = (i: number) => ({
    title: pick(['A', 'b', '', 'C c']),
    n: pick([0, 1, 2.5, -3, 10]),
    tags: pick([[], ['x'], ['x', 'y'], ['y', 'z', 'x']]),
    url: `/p/${i}`,
    flag: pick([true, false, null]),
    size: pick([undefined, 7]),
  });
  return {
    page: item(0),
    site: {
      posts: [item(1), item(2), item(3), item(4)],
      title: pick(['Site', '', null]),
      data: {
        menu: { first: 'M', list: [1, 2, 3], s: 'by drop', shelf: 'by its text' },
        keys: ['title', 'n', 'missing', 1],
      },
      shelf: new Shelf(pick(['s', 'shelf'])),
      // Objects liquidjs reads each its own way: kiln's views (read by their own reader), objects
      // with no prototype, one with toLiquid, a field that is a function, inherited fields.
      view: recordedObject(
        new Reads(true),
        {
          ...item(5),
          stamp(this: { url: string }) {
            return `stamped ${this.url}`;
          },
        },
        new FieldCells(),
      ),
      bare: Object.assign(Object.create(null) as object, item(6)),
      lifted: { title: 'own', toLiquid: () => ({ title: 'lifted', n: 9 }) },
      calls: {
        n: 4,
        title(this: { n: number }) {
          return `called ${this.n}`;
        },
      },
      inherits: Object.assign(Object.create({ title: 'inherited' }) as object, { n: 5 }),
    },
    i: pick([0, 1, 2, -1, 5]),
    // `constructor`, `toString`: what a plain object inherits, which Liquid does not read.
    word: pick(['title', 'n', 'tags', 'size', 'first', 'last', 'nothing', 'constructor', 'toString']),
    nums: [3, 1, 2],
    empty: '',
    nil: null,
  };
}

const KEYS = 'page,site,i,word,nums,empty,nil';

const PATHS = [
  'page.title',
  'page.n',
  'page.tags',
  'page.tags.size',
  'page.tags.first',
  'page.tags.last',
  'page.size',
  'page[word]',
  'site.posts[i]',
  'site.posts[i].title',
  'site.posts[site.data.menu.list[0]].url',
  'site.posts.size',
  'site.posts.first.tags',
  'site.posts.last.n',
  'site.data.menu.first',
  'site.data.menu["first"]',
  'site.data.menu[site.shelf]',
  'site.posts[i].flag',
  'site.data.keys[i]',
  'site.shelf',
  'site.shelf.name',
  'site.shelf.other',
  'site.shelf.missing',
  'site.shelf.broken',
  'site.title',
  'site.view.title',
  'site.view[word]',
  'site.view.tags.first',
  'site.view.missing',
  'site.view.stamp',
  'site.bare.title',
  'site.bare[word]',
  'site.lifted.title',
  'site.lifted.n',
  'site.calls.title',
  'site.inherits.title',
  'site.inherits.n',
  'nums',
  'nums[-1]',
  'word',
  'i',
  'empty',
  'nil',
  'nothing.here',
  'page.flag',
  '"text"',
  "'x'",
  '1',
  '2.5',
  'true',
  'false',
  'nil',
  'empty',
  'blank',
  '(1..i)',
  '(i..3)',
];
const OPERATORS = ['==', '!=', '<', '>', '<=', '>=', 'contains', 'and', 'or'];
const FILTERS = [
  'upcase',
  'size',
  'first',
  'last',
  'join: ","',
  'default: "d"',
  'default: page.title, allow_false: true',
  'default: "f", allow_false: true',
  'plus: 1',
  'minus: i',
  'times: page.n',
  'split: ""',
  'map: "title"',
  'where: "flag", true',
  'sort',
  'reverse',
  'append: word',
  'prepend: site.shelf',
  'slice: 1, 2',
  'compact',
  'uniq',
  'json',
  'boom',
];

// A filter that fails on numbers: an error that is not Liquid's, made a RenderError at its template.
const boom = (input: unknown) => {
  if (typeof input === 'number') throw new Error(`boom on ${input}`);
  return input;
};

function template(rnd: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const value = () => pick(PATHS);
  const filtered = () => {
    let out = value();
    const n = Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) out += ` | ${pick(FILTERS)}`;
    return out;
  };
  const condition = () => {
    let out = pick(['', '', 'not ']) + value();
    const n = Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) out += ` ${pick(OPERATORS)} ${value()}`;
    return out;
  };
  const parts: string[] = [];
  const count = 1 + Math.floor(rnd() * 4);
  for (let k = 0; k < count; k++) {
    parts.push(
      pick([
        () => `{{ ${filtered()} }}`,
        () =>
          `{% if ${condition()} %}yes{{ ${filtered()} }}{% elsif ${condition()} %}also{% else %}no{{ ${filtered()} }}{% endif %}`,
        () => `{% unless ${condition()} %}u{% endunless %}`,
        () => `{% assign v = ${filtered()} %}[{{ v }}]`,
        () =>
          `{% for x in ${pick(['site.posts', 'nums', 'page.tags', '(1..3)', 'site.data.keys'])} %}{{ x${pick(['', '.title', '.size', ' | plus: 1', ' | boom'])} }},{% endfor %}`,
        () => `{% case ${value()} %}{% when ${value()} %}w{% else %}e{% endcase %}`,
        () =>
          `{% for x in ${pick(['site.posts', 'nums', '(1..4)'])} %}{% if ${condition()} %}{% ${pick(['break', 'continue'])} %}{% elsif ${condition()} %}{% unless ${condition()} %}{% continue %}{% endunless %}{% endif %}{{ forloop.index }}{% endfor %}`,
        () => `{% capture c %}{{ ${filtered()} }}{% endcapture %}{{ c | size }}`,
        () =>
          `{% capture c %}{{ ${filtered()} }}{% if ${condition()} %}i{{ ${filtered()} }}{% endif %}{% endcapture %}[{{ c }}]`,
        () =>
          `{% for x in ${pick(['nums', 'site.posts', '(1..3)'])} %}{% capture c %}{{ c }}{{ x${pick(['', '.title', ' | boom', ' | plus: 1'])} }};{% if ${condition()} %}{% ${pick(['break', 'continue'])} %}{% endif %}{% endcapture %}{% endfor %}[{{ c }}]`,
        () => `{% echo ${filtered()} %}`,
      ])(),
    );
  }
  return parts.join(' ');
}

function outcome(liquid: Liquid, source: string, scope: object): string {
  try {
    // The engine's own parser, which the plain calls are installed on (liquid.parse makes a new one).
    return `ok ${liquid.renderSync(liquid.parser.parse(source), scope) as string}`;
  } catch (e) {
    return `error ${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe('values evaluated by plain calls (sync-values.ts)', () => {
  for (const options of [
    {},
    { strictVariables: true },
    { lenientIf: true, strictVariables: true },
    { ownPropertyOnly: false },
  ]) {
    it(`give what liquidjs's generators give on ${CASES} random templates (seed ${SEED}, ${JSON.stringify(options)})`, () => {
      const rnd = random(SEED);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
      const theirs = new Liquid(options);
      const ours = new Liquid(options);
      theirs.registerFilter('boom', boom);
      ours.registerFilter('boom', boom);
      renderWithoutGenerators(ours);
      const differ: string[] = [];
      let errors = 0;
      for (let n = 0; n < CASES; n++) {
        const source = template(rnd);
        const scope = data(pick);
        const expected = outcome(theirs, source, scope);
        if (expected.startsWith('error')) errors++;
        const actual = outcome(ours, source, scope);
        if (actual !== expected && differ.length < 5)
          differ.push(`${source}\n  liquidjs: ${expected}\n  kiln:     ${actual}`);
        // `assign` writes into the render's own scope, never into the data it was given.
        const keys = Object.keys(scope).join();
        if (keys !== KEYS && differ.length < 5) differ.push(`${source}\n  the data's keys became ${keys}`);
      }
      expect(differ).toEqual([]);
      // The cases reach errors too (undefined variables, a property that fails), not only texts.
      expect(errors).toBeGreaterThan(0);
    });
  }
});
