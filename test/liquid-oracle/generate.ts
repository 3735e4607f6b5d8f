import { random } from '../helpers/random.js';

/**
 * Random Liquid templates for the differential fuzz against Jekyll 4.3.1 (scripts/fuzz-liquid.ts,
 * test/liquid-oracle/oracle.test.ts): a few outputs and tags each, over the fixed variables of
 * PAGE_FRONT_MATTER and DATA (strings with spaces, unicode and HTML characters, integers, floats,
 * whole floats such as `2.0` and `-0.0`, negative numbers, booleans, nil, arrays of strings,
 * numbers and hashes, nested hashes). Nothing
 * depends on the time or on randomness (no `"now"`, no `sample`, no `site.time`; the date filters
 * are given dates, mostly, since Ruby's Time.parse reads other texts relative to today), no `%Z`
 * (Ruby prints none for a time with a written offset, kiln the zone's name).
 */

/** Each page's front matter (after its `---`): the variables as `page.NAME`. */
export const PAGE_FRONT_MATTER = `s: "Hello, World & <b>Friends</b>"
u: "héllo wörld ☃ naïve café"
sp: "  padded  text \\t "
ml: "line one\\nline two\\n\\nline four"
html: '<p class="x">Tom &amp; "Jerry" it''s <!-- c --></p>'
csv: "a,b,,c"
ctl: "a\\u0001b\\x7f\\u0085\\u0080\\u2029\\u0378\\U0010FFFF \\e\\0 #{x} #y"
num_s: "12"
float_s: "3.50"
n: 42
neg: -7
zero: 0
f: 3.75
nf: -2.5
big: 1234567
t: true
fl: false
nl: null
empty_s: ""
empty_a: []
words: [apple, Banana, cherry, apple, date]
nums: [3, 1, 10, 2, 3]
floats: [1.5, 0.25, -3.125]
wf: 2.0
wfs: [1.0, 2, -0.0, 2.5]
people:
  - {name: Ann, age: 31, team: red, tags: [a, b]}
  - {name: bob, age: 25, team: blue}
  - {name: Cid, age: 31, team: red, active: true}
  - {name: dee, team: blue, age: null}
nested:
  a: {b: {c: deep value}}
  list: [1, 2]
  k: v
dt: 2021-03-04 05:06:07 +00:00
ds: "2020-02-29"
title: "It's \\"quoted\\" -- a title... &mdash; <em>'em'</em> & <code>c--</code>"
md: "Some *emph*, a [link](/x) & \`code\`\\n\\n- one\\n- two\\n"
key: colors
`;

/** `_data/fz.yml`: the variables as `site.data.fz.NAME`. */
export const DATA = `items:
  - {title: Pen, price: 1.25, qty: 10, category: office, tags: [blue, cheap]}
  - {title: Desk, price: 250, qty: 1, category: furniture}
  - {title: "Lamp & Shade", price: 19.5, qty: 0, category: furniture, tags: [light]}
  - {title: ink, price: 3, qty: 7, category: office}
colors: [red, green, blue, green]
matrix: [[1, 2], [3, 4]]
mixed: [1, "two", 3.5, true, null]
whole: 4.0
lookup: {red: "#f00", green: "#0f0", blue: "#00f"}
`;

/**
 * The site's posts (`_posts/NAME`: front matter and body) and includes (`_includes/NAME`), so that
 * templates use what themes do: `site.posts` through where_exp, group_by_exp, sort and map,
 * `post.date | date: …`, `site.tags`, `{% include f.html x=… %}` and `include.x`.
 */
export const POSTS: Record<string, string> = {
  '2021-01-15-hello-world.html':
    '---\ntitle: "Hello & <welcome>"\ntags: [intro, news]\ncategories: [blog]\nauthor: Ann\nrank: 2\n---\nFirst <b>post</b>.\n',
  '2021-06-01-second.html': '---\ntitle: Second post\ntags: [news]\nrank: 10\n---\nSecond, with "quotes".\n',
  '2022-02-28-third-one.html':
    '---\ntitle: "Ünïcode: third"\ntags: []\ncategories: notes\nauthor: bob\ndate: 2022-02-28 13:45:00 +00:00\n---\nThird.\n',
  '2022-12-31-last.html': '---\ntitle: last\ntags: [intro]\nrank: 1.5\n---\nLast.\n',
  // A Markdown post whose excerpt ends at its own separator, its title made for smartify.
  '2023-03-10-marked.md':
    "---\ntitle: \"Marked 'up' -- &amp; more...\"\nexcerpt_separator: <!--more-->\ntags: [news, md]\ncategories: [blog, deep]\nrank: 3\n---\nIntro *para* with 'quotes' -- and [a link](/x).\n\nStill the intro.\n<!--more-->\nThe rest, **bold**.\n",
};
export const INCLUDES: Record<string, string> = {
  'p.html': '<{{ include.x }}|{{ include.y | default: "none" }}>',
  'list.html': '{% for i in include.list limit: 3 %}{{ forloop.index }}={{ i }};{% endfor %}',
  'nest.html': '({% include p.html x=include.x y="n" %}{{ include.x | size }})',
  'post.html':
    '{{ include.post.title | escape }} {{ include.post.date | date: "%b %-d, %Y" }} {{ include.post.url | relative_url }}\n',
  'data.html': '{% assign d = site.data.fz[include.key] %}{{ d | size }}:{% for x in d %}{{ x }};{% endfor %}',
};
/**
 * Files next to the pages, for include_relative: `t/part.html` (no front matter: a static file)
 * and `t/_part.html` (left out of the site, read from disk for the tag).
 */
export const RELATIVE: Record<string, string> = {
  'part.html': '[{{ include.x }}|{{ page.url }}|{{ include.y | default: "-" }}]',
  '_part.html': '({{ include.x | size }}:{{ page.path }})',
};

/** What a value is, so that filters and operators are mostly given values they take. */
type Kind = 'str' | 'num' | 'strs' | 'nums' | 'hashes' | 'hash' | 'bool' | 'nil' | 'date' | 'any';
interface Expr {
  readonly text: string;
  readonly kind: Kind;
}

const REFS: Expr[] = [
  { text: 'page.s', kind: 'str' },
  { text: 'page.u', kind: 'str' },
  { text: 'page.sp', kind: 'str' },
  { text: 'page.ml', kind: 'str' },
  { text: 'page.html', kind: 'str' },
  { text: 'page.csv', kind: 'str' },
  { text: 'page.num_s', kind: 'str' },
  { text: 'page.float_s', kind: 'str' },
  { text: 'page.empty_s', kind: 'str' },
  { text: 'page.ds', kind: 'date' },
  { text: 'page.nested.a.b.c', kind: 'str' },
  { text: 'page.words[1]', kind: 'str' },
  { text: 'page.words.first', kind: 'str' },
  { text: 'page.people[1].name', kind: 'str' },
  { text: 'site.data.fz.items[2].title', kind: 'str' },
  { text: 'page.n', kind: 'num' },
  { text: 'page.neg', kind: 'num' },
  { text: 'page.zero', kind: 'num' },
  { text: 'page.f', kind: 'num' },
  { text: 'page.nf', kind: 'num' },
  { text: 'page.big', kind: 'num' },
  { text: 'page.words.size', kind: 'num' },
  { text: 'page.nums.last', kind: 'num' },
  { text: 'page.people.first.age', kind: 'num' },
  { text: 'site.data.fz.items[0].price', kind: 'num' },
  { text: 'page.wf', kind: 'num' },
  { text: 'site.data.fz.whole', kind: 'num' },
  { text: 'page.t', kind: 'bool' },
  { text: 'page.fl', kind: 'bool' },
  { text: 'page.people[2].active', kind: 'bool' },
  { text: 'page.nl', kind: 'nil' },
  { text: 'page.missing', kind: 'nil' },
  { text: 'page.people[3].age', kind: 'nil' },
  { text: 'page.words', kind: 'strs' },
  { text: 'site.data.fz.colors', kind: 'strs' },
  { text: 'page.empty_a', kind: 'strs' },
  { text: 'page.people[0].tags', kind: 'strs' },
  { text: 'page.nums', kind: 'nums' },
  { text: 'page.floats', kind: 'nums' },
  { text: 'page.wfs', kind: 'nums' },
  { text: 'page.nested.list', kind: 'nums' },
  { text: 'page.people', kind: 'hashes' },
  { text: 'site.data.fz.items', kind: 'hashes' },
  { text: 'page.nested', kind: 'hash' },
  { text: 'page.nested.a', kind: 'hash' },
  { text: 'page.people[1]', kind: 'hash' },
  { text: 'page.dt', kind: 'date' },
  { text: 'site.data.fz.matrix', kind: 'any' },
  { text: 'site.data.fz.mixed', kind: 'any' },
  { text: 'site.posts', kind: 'hashes' },
  { text: 'site.posts.first.title', kind: 'str' },
  { text: 'site.posts[2].title', kind: 'str' },
  { text: 'site.posts.last.url', kind: 'str' },
  { text: 'site.posts[1].date', kind: 'date' },
  // Texts Ruby's Time.parse finds a whole date in (a URL's /2022/12/31/, a file name's 2021-01-15)
  { text: 'site.posts[1].url', kind: 'date' },
  { text: 'site.posts.last.path', kind: 'date' },
  { text: 'site.posts.first.tags', kind: 'strs' },
  { text: 'site.posts.last.rank', kind: 'num' },
  { text: 'page.title', kind: 'str' },
  { text: 'page.md', kind: 'str' },
  { text: 'site.data.fz.lookup', kind: 'hash' },
  { text: 'site.posts.first.excerpt', kind: 'str' },
  // Ranges as values (Ruby's Range, printed as `1..3`), bracket lookups by text and by a value
  { text: '(1..3)', kind: 'nums' },
  { text: '(page.zero..page.nums.first)', kind: 'nums' },
  { text: 'page["title"]', kind: 'str' },
  { text: 'site.data["fz"]["items"][0]["title"]', kind: 'str' },
  { text: 'site.data.fz.lookup[page.people[0].team]', kind: 'str' },
  { text: 'site.data.fz.items[page.nested.list.first].tags', kind: 'strs' },
  // Dates Liquid reads besides times: seconds since 1970 (a number or digits), ISO and written-out texts
  { text: '1600000000', kind: 'date' },
  { text: '"1600000000"', kind: 'date' },
  { text: '"2021-03-04T05:06:07Z"', kind: 'date' },
  { text: '"2021-03-04 05:06:07 +0530"', kind: 'date' },
  { text: '"March 4, 2021"', kind: 'date' },
];

const STRINGS = [
  '"Hello World"',
  '"a b  c"',
  "'single'",
  '""',
  '" "',
  '"<i>&amp;</i>"',
  '"naïve ☃"',
  '"apple"',
  '"Ann"',
  '"red"',
  '"10"',
  '"2.5"',
  '"-3"',
  '"a,b,c"',
  '"x\ny"',
  '"%Y"',
];
/** Pieces of the variables' texts, for remove, replace, split, contains and where. */
const PIECES = ['"o"', '"l"', '" "', '","', '"&"', '"<b>"', '"é"', '"apple"', '"an"', '"line"', '""', '"e"', '"\\n"'];
const INTEGERS = ['0', '1', '2', '3', '5', '-1', '-2', '10', '42', '100'];
const FLOATS = ['2.5', '0.5', '-0.75', '0.1', '3.14159', '1.25', '2.0', '-0.0', '1.0', '100.0'];
const DATE_FORMATS = [
  '"%Y-%m-%d"',
  '"%b %d, %Y"',
  '"%a %A %B %j"',
  '"%H:%M:%S %p %I %l"',
  '"%e|%-d|%-m|%y|%z"',
  '"%s %U %W %u %w"',
  '"%D %F %T %R"',
  '"%%|%C|%G|%V|%h|%n%t"',
  '"%^b %^A %-H %-I %k"',
  '"%B %-d, %Y"',
  '"%-d %b %Y"',
  '"%Y-%m-%dT%H:%M:%S%z"',
  '"%A, %B %e"',
  '"%-d %B %Y"',
  '"%B %Y"',
  '"%d/%m/%Y %H:%M"',
  '"%c|%x|%X|%P|%:z|%L"',
  '"%-y %_d %_m %0e %^a %#b %10A|%-j"',
  '""',
];
const PROPERTIES = [
  '"name"',
  '"age"',
  '"team"',
  '"title"',
  '"price"',
  '"qty"',
  '"category"',
  '"tags"',
  '"active"',
  '"author"',
  '"rank"',
  '"date"',
  '"url"',
  '"categories"',
];
const PROPERTY_VALUES = [
  '"red"',
  '"blue"',
  '31',
  '25',
  '"Ann"',
  '"office"',
  '"a"',
  'true',
  'nil',
  '"31"',
  '10',
  '"news"',
  '"blog"',
];
const EXPRESSIONS = [
  '"item", "item.age > 26"',
  '"item", "item.team == \'red\'"',
  '"p", "p.tags contains \'a\'"',
  '"x", "x.price >= 3"',
  '"x", "x.category != \'office\' or x.qty == 0"',
  '"item", "item.name"',
  '"item", "item.active"',
  '"i", "i.age < 30 and i.team == \'blue\'"',
  '"item", "item.age == nil"',
  '"item", "item.title contains \'e\'"',
  '"post", "post.tags contains \'news\'"',
  '"post", "post.rank >= 2"',
  '"post", "post.date > page.dt"',
  '"post", "post.author == \'Ann\' or post.categories contains \'notes\'"',
];
const GROUP_EXPRESSIONS = [
  '"item", "item.age"',
  '"x", "x.price | at_least: 10"',
  '"p", "p.name | size"',
  '"i", "i.team"',
  '"post", "post.date | date: \'%Y\'"',
  '"post", "post.tags | first"',
  '"x", "x.title | slice: 0 | upcase"',
];

/** A filter: its name, the kinds of input it is meant for, its arguments, the kind it gives. */
interface FilterSpec {
  readonly name: string;
  readonly on: Kind[];
  readonly args: (g: Generator) => string[];
  readonly gives: Kind | 'same';
}

const none = () => [];
const STRING_KINDS: Kind[] = ['str', 'num', 'nil'];
const LIST_KINDS: Kind[] = ['strs', 'nums', 'hashes'];
const NUMBER_KINDS: Kind[] = ['num', 'str'];

const FILTERS: FilterSpec[] = [
  // strings
  ...['capitalize', 'downcase', 'upcase', 'strip', 'lstrip', 'rstrip', 'escape', 'escape_once'].map((name) => ({
    name,
    on: STRING_KINDS,
    args: none,
    gives: 'str' as const,
  })),
  ...['newline_to_br', 'strip_html', 'strip_newlines', 'xml_escape', 'url_encode'].map((name) => ({
    name,
    on: STRING_KINDS,
    args: none,
    gives: 'str' as const,
  })),
  // Jekyll raises on anything but a text for these ("no implicit conversion of Integer into String").
  ...['cgi_escape', 'uri_escape'].map((name) => ({ name, on: ['str'] as Kind[], args: none, gives: 'str' as const })),
  { name: 'normalize_whitespace', on: STRING_KINDS, args: none, gives: 'str' },
  { name: 'markdownify', on: STRING_KINDS, args: none, gives: 'str' },
  { name: 'smartify', on: STRING_KINDS, args: none, gives: 'str' },
  { name: 'url_decode', on: ['str'], args: none, gives: 'str' },
  { name: 'append', on: STRING_KINDS, args: (g) => [g.stringArg()], gives: 'str' },
  { name: 'prepend', on: STRING_KINDS, args: (g) => [g.stringArg()], gives: 'str' },
  { name: 'remove', on: ['str'], args: (g) => [g.pick(PIECES)], gives: 'str' },
  { name: 'remove_first', on: ['str'], args: (g) => [g.pick(PIECES)], gives: 'str' },
  { name: 'replace', on: ['str'], args: (g) => [g.pick(PIECES), g.pick(STRINGS)], gives: 'str' },
  { name: 'replace_first', on: ['str'], args: (g) => [g.pick(PIECES), g.pick(STRINGS)], gives: 'str' },
  {
    name: 'slice',
    on: ['str', 'strs', 'nums'],
    args: (g) => (g.chance(0.5) ? [g.pick(INTEGERS)] : [g.pick(INTEGERS), g.pick(['1', '2', '3', '10'])]),
    gives: 'same',
  },
  {
    name: 'truncate',
    on: STRING_KINDS,
    args: (g) => (g.chance(0.5) ? [g.pick(['3', '5', '10', '20'])] : [g.pick(['0', '2', '6', '12']), g.pick(STRINGS)]),
    gives: 'str',
  },
  {
    name: 'truncatewords',
    on: STRING_KINDS,
    args: (g) => (g.chance(0.5) ? [g.pick(['1', '2', '3'])] : [g.pick(['0', '1', '2', '4']), g.pick(STRINGS)]),
    gives: 'str',
  },
  { name: 'split', on: ['str'], args: (g) => [g.pick(PIECES)], gives: 'strs' },
  { name: 'size', on: ['str', 'strs', 'nums', 'hashes', 'hash'], args: none, gives: 'num' },
  {
    name: 'slugify',
    on: ['str'],
    args: (g) => (g.chance(0.5) ? [] : [g.pick(['"raw"', '"default"', '"pretty"', '"ascii"', '"latin"', '"none"'])]),
    gives: 'str',
  },
  {
    name: 'number_of_words',
    on: ['str'],
    args: (g) => (g.chance(0.6) ? [] : [g.pick(['"cjk"', '"auto"'])]),
    gives: 'num',
  },
  { name: 'to_integer', on: ['str', 'num'], args: none, gives: 'num' },
  { name: 'date', on: ['date', 'num'], args: (g) => [g.pick(DATE_FORMATS)], gives: 'str' },
  {
    name: 'date_to_string',
    on: ['date'],
    args: (g) => (g.chance(0.5) ? [] : ['"ordinal"', g.pick(['"US"', '"UK"'])]),
    gives: 'str',
  },
  {
    name: 'date_to_long_string',
    on: ['date'],
    args: (g) => (g.chance(0.5) ? [] : ['"ordinal"', g.pick(['"US"', '"UK"'])]),
    gives: 'str',
  },
  { name: 'date_to_xmlschema', on: ['date'], args: none, gives: 'str' },
  { name: 'date_to_rfc822', on: ['date'], args: none, gives: 'str' },
  { name: 'relative_url', on: ['str'], args: none, gives: 'str' },
  { name: 'absolute_url', on: ['str'], args: none, gives: 'str' },
  // numbers
  { name: 'plus', on: NUMBER_KINDS, args: (g) => [g.numberArg()], gives: 'num' },
  { name: 'minus', on: NUMBER_KINDS, args: (g) => [g.numberArg()], gives: 'num' },
  { name: 'times', on: NUMBER_KINDS, args: (g) => [g.numberArg()], gives: 'num' },
  { name: 'divided_by', on: NUMBER_KINDS, args: (g) => [g.divisor()], gives: 'num' },
  { name: 'modulo', on: NUMBER_KINDS, args: (g) => [g.divisor()], gives: 'num' },
  {
    name: 'round',
    on: NUMBER_KINDS,
    args: (g) => (g.chance(0.5) ? [] : [g.pick(['0', '1', '2', '-1'])]),
    gives: 'num',
  },
  ...['ceil', 'floor', 'abs'].map((name) => ({ name, on: NUMBER_KINDS, args: none, gives: 'num' as const })),
  { name: 'at_least', on: NUMBER_KINDS, args: (g) => [g.numberArg()], gives: 'num' },
  { name: 'at_most', on: NUMBER_KINDS, args: (g) => [g.numberArg()], gives: 'num' },
  // lists
  {
    name: 'join',
    on: LIST_KINDS,
    args: (g) => (g.chance(0.3) ? [] : [g.pick(['", "', '"-"', '""', '" | "'])]),
    gives: 'str',
  },
  { name: 'first', on: [...LIST_KINDS, 'str'], args: none, gives: 'any' },
  { name: 'last', on: [...LIST_KINDS, 'str'], args: none, gives: 'any' },
  { name: 'reverse', on: LIST_KINDS, args: none, gives: 'same' },
  { name: 'uniq', on: LIST_KINDS, args: none, gives: 'same' },
  { name: 'uniq', on: ['hashes'], args: (g) => [g.pick(PROPERTIES)], gives: 'hashes' },
  { name: 'compact', on: [...LIST_KINDS, 'any'], args: none, gives: 'same' },
  { name: 'compact', on: ['hashes'], args: (g) => [g.pick(PROPERTIES)], gives: 'hashes' },
  { name: 'sort', on: ['strs', 'nums'], args: none, gives: 'same' },
  {
    name: 'sort',
    on: ['hashes'],
    args: (g) => (g.chance(0.6) ? [g.pick(PROPERTIES)] : [g.pick(PROPERTIES), g.pick(['"first"', '"last"'])]),
    gives: 'hashes',
  },
  { name: 'sort_natural', on: ['strs', 'nums'], args: none, gives: 'same' },
  { name: 'sort_natural', on: ['hashes'], args: (g) => [g.pick(PROPERTIES)], gives: 'hashes' },
  { name: 'map', on: ['hashes'], args: (g) => [g.pick(PROPERTIES)], gives: 'any' },
  {
    name: 'where',
    on: ['hashes'],
    args: (g) => (g.chance(0.2) ? [g.pick(PROPERTIES)] : [g.pick(PROPERTIES), g.pick(PROPERTY_VALUES)]),
    gives: 'hashes',
  },
  { name: 'where_exp', on: ['hashes'], args: (g) => g.pick(EXPRESSIONS).split(/, (?=")/), gives: 'hashes' },
  { name: 'find', on: ['hashes'], args: (g) => [g.pick(PROPERTIES), g.pick(PROPERTY_VALUES)], gives: 'hash' },
  { name: 'find_exp', on: ['hashes'], args: (g) => g.pick(EXPRESSIONS).split(/, (?=")/), gives: 'hash' },
  { name: 'group_by', on: ['hashes'], args: (g) => [g.pick(PROPERTIES)], gives: 'hashes' },
  { name: 'group_by_exp', on: ['hashes'], args: (g) => g.pick(GROUP_EXPRESSIONS).split(/, (?=")/), gives: 'hashes' },
  {
    name: 'concat',
    on: LIST_KINDS,
    args: (g) => [g.pick(['page.words', 'page.nums', 'site.data.fz.colors'])],
    gives: 'any',
  },
  { name: 'push', on: LIST_KINDS, args: (g) => [g.valueArg()], gives: 'any' },
  { name: 'unshift', on: LIST_KINDS, args: (g) => [g.valueArg()], gives: 'any' },
  { name: 'pop', on: LIST_KINDS, args: (g) => (g.chance(0.6) ? [] : [g.pick(['2', '0', '9'])]), gives: 'same' },
  { name: 'shift', on: LIST_KINDS, args: (g) => (g.chance(0.6) ? [] : [g.pick(['2', '0', '9'])]), gives: 'same' },
  {
    name: 'array_to_sentence_string',
    on: ['strs', 'nums'],
    args: (g) => (g.chance(0.6) ? [] : [g.pick(['"or"', '""', '"&"'])]),
    gives: 'str',
  },
  // anything
  {
    name: 'jsonify',
    on: ['str', 'num', 'strs', 'nums', 'hashes', 'hash', 'bool', 'nil', 'any'],
    args: none,
    gives: 'str',
  },
  {
    name: 'inspect',
    on: ['str', 'num', 'strs', 'nums', 'hashes', 'hash', 'bool', 'nil', 'any'],
    args: none,
    gives: 'str',
  },
  {
    name: 'default',
    on: ['str', 'num', 'strs', 'bool', 'nil'],
    args: (g) => (g.chance(0.8) ? [g.valueArg()] : [g.valueArg(), 'allow_false: true']),
    gives: 'any',
  },
];

/** A post's fields, for loops over site.posts. */
const POST_FIELDS: Expr[] = [
  { text: 'post.title', kind: 'str' },
  { text: 'post.url', kind: 'str' },
  { text: 'post.date', kind: 'date' },
  { text: 'post.tags', kind: 'strs' },
  { text: 'post.rank', kind: 'num' },
  { text: 'post.author', kind: 'str' },
  { text: 'post.excerpt', kind: 'str' },
  { text: 'post.id', kind: 'str' },
  { text: 'post.categories', kind: 'strs' },
  { text: 'post.relative_path', kind: 'str' },
  { text: 'post.content', kind: 'str' },
];

const OPERATORS = ['==', '!=', '<', '>', '<=', '>=', 'contains'];

export class Generator {
  private readonly next: () => number;
  /** Variables a template has assigned or captured so far, with their kinds. */
  private locals: Expr[] = [];
  /** Loop variables in scope. */
  private loops: Expr[] = [];
  private depth = 0;
  private names = 0;
  private page = 0;

  constructor(seed: number) {
    this.next = random(seed);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  stringArg(): string {
    return this.chance(0.75)
      ? this.pick(STRINGS)
      : this.pick(REFS.filter((r) => r.kind === 'str' || r.kind === 'num')).text;
  }
  numberArg(): string {
    const r = this.next();
    if (r < 0.5) return this.pick(INTEGERS);
    if (r < 0.75) return this.pick(FLOATS);
    if (r < 0.85) return this.pick(['"3"', '"1.5"', '"x"', 'nil']);
    return this.pick(REFS.filter((e) => e.kind === 'num')).text;
  }
  /** A divisor that is never zero (Jekyll fails the whole site on `divided_by: 0`). */
  divisor(): string {
    return this.pick([
      '2',
      '3',
      '-4',
      '7',
      '2.5',
      '0.5',
      '4.0',
      '"4"',
      '"2.0"',
      'page.n',
      'page.neg',
      'page.f',
      'page.wf',
    ]);
  }
  valueArg(): string {
    const r = this.next();
    if (r < 0.4) return this.pick(STRINGS);
    if (r < 0.6) return this.pick([...INTEGERS, ...FLOATS]);
    if (r < 0.7) return this.pick(['true', 'false', 'nil']);
    return this.pick(REFS).text;
  }

  /** A value to start an output or a condition's side with. */
  operand(): Expr {
    const r = this.next();
    const scoped = [...this.locals, ...this.loops];
    if (scoped.length && r < 0.3) return this.pick(scoped);
    if (r < 0.75) return this.pick(REFS);
    if (r < 0.85) return { text: this.pick(STRINGS), kind: 'str' };
    if (r < 0.95) return { text: this.pick(this.chance(0.7) ? INTEGERS : FLOATS), kind: 'num' };
    return this.pick([
      { text: 'true', kind: 'bool' },
      { text: 'false', kind: 'bool' },
      { text: 'nil', kind: 'nil' },
    ] as Expr[]);
  }

  /** `x | f: a | g` with 0–3 filters, mostly ones meant for the value's kind. */
  expression(max = 3, start: Expr = this.operand()): Expr {
    let text = start.text;
    let kind = start.kind;
    const count = Math.min(this.int(0, max), this.int(0, max));
    for (let i = 0; i < count; i++) {
      const fitting = FILTERS.filter((f) => f.on.includes(kind));
      const spec = fitting.length && this.chance(0.85) ? this.pick(fitting) : this.pick(FILTERS);
      const args = spec.args(this);
      text += ` | ${spec.name}${args.length ? `: ${args.join(', ')}` : ''}`;
      kind = spec.gives === 'same' ? kind : spec.gives;
    }
    return { text, kind };
  }

  private tag(markup: string): string {
    return `{%${this.chance(0.15) ? '-' : ''} ${markup} ${this.chance(0.15) ? '-' : ''}%}`;
  }
  private output(expr: string): string {
    return `{{${this.chance(0.1) ? '-' : ''} ${expr} ${this.chance(0.1) ? '-' : ''}}}`;
  }
  private text(): string {
    return this.pick(['', ' ', '\n', ' | ', '\n  ', '[', ']', ' x ', '<br>']);
  }

  condition(): string {
    const parts: string[] = [];
    const n = this.chance(0.75) ? 1 : this.int(2, 3);
    for (let i = 0; i < n; i++) {
      const left = this.operand();
      if (this.chance(0.25)) parts.push(left.text);
      else {
        const op = this.pick(OPERATORS);
        const right =
          op === 'contains'
            ? this.pick([...PIECES, '"apple"', '"Ann"', '3', '"red"', '"a"'])
            : this.chance(0.3)
              ? this.pick(['nil', 'empty', 'blank', 'true', 'false'])
              : this.operand().text;
        parts.push(`${left.text} ${op} ${right}`);
      }
    }
    return parts.map((p, i) => (i ? `${this.pick(['and', 'or'])} ${p}` : p)).join(' ');
  }

  private collection(): string {
    const r = this.next();
    if (r < 0.25) {
      const ends = ['1', '3', '-2', '0', '5', 'page.words.size', 'page.neg', 'page.nums.last', '"4"'];
      return `(${this.pick(ends)}..${this.pick(ends)})`;
    }
    if (r < 0.85) return this.pick(REFS.filter((e) => LIST_KINDS.includes(e.kind))).text;
    return this.pick([
      'site.tags',
      'page.nested',
      'page.s',
      'page.nl',
      'page.people[0]',
      'site.data.fz.matrix',
      'site.data.fz.mixed',
    ]);
  }

  private body(): string {
    let out = '';
    const n = this.int(1, 2);
    for (let i = 0; i < n; i++) out += this.statement() + this.text();
    return out;
  }

  private loop(tag: 'for' | 'tablerow'): string {
    const name = this.pick(['x', 'item', 'i']);
    let markup = `${tag} ${name} in ${this.collection()}`;
    if (tag === 'tablerow' && this.chance(0.6)) markup += ` cols:${this.pick(['1', '2', '3'])}`;
    if (this.chance(0.3)) markup += ` limit:${this.pick(['0', '1', '2', '3', '-1', 'page.nums.first'])}`;
    if (this.chance(0.3)) markup += ` offset:${this.pick(['0', '1', '2', '4', '-1'])}`;
    if (tag === 'for' && this.chance(0.25)) markup += ' reversed';
    this.loops.push({ text: name, kind: 'any' });
    const loopName = tag === 'for' ? 'forloop' : 'tablerowloop';
    const loopVar = this.pick(
      tag === 'for'
        ? ['index', 'index0', 'rindex', 'rindex0', 'first', 'last', 'length']
        : ['index', 'col', 'col0', 'row', 'col_first', 'col_last', 'first', 'last', 'length'],
    );
    let inner = '';
    const shape = this.next();
    if (shape < 0.35) inner = `${this.output(name)}${this.text()}${this.output(`${loopName}.${loopVar}`)}`;
    else if (shape < 0.5 && tag === 'for')
      inner = `${this.tag(`if ${this.condition()}`)}${this.tag(this.pick(['break', 'continue']))}${this.tag('endif')}${this.output(name)}`;
    else if (shape < 0.6)
      inner = `${this.output(name)}${this.tag(`cycle ${this.pick(['"a", "b"', '"g": 1, 2, 3', "'-', ','"])}`)}`;
    else inner = this.body();
    this.loops.pop();
    const otherwise = tag === 'for' && this.chance(0.25) ? `${this.tag('else')}empty` : '';
    return `${this.tag(markup)}${inner}${otherwise}${this.tag(`end${tag}`)}`;
  }

  /** A value as an include parameter: quoted, a number, or a variable (Jekyll takes no brackets or filters). */
  private includeArg(): string {
    const r = this.next();
    const scoped = [...this.locals, ...this.loops];
    if (scoped.length && r < 0.25) return this.pick(scoped).text;
    if (r < 0.45) return this.pick(['"a b"', "'it\\'s'", '"say \\"hi\\""', '""', '"<i>x</i>"', '"naïve"']);
    if (r < 0.55) return this.pick(['3', '-1', '2.5', 'true', 'nil']);
    return this.pick(REFS.filter((e) => !e.text.includes('['))).text;
  }

  /** What themes write: includes with parameters, loops over site.posts and site.tags, archives by year. */
  private idiom(): string {
    const r = this.next();
    if (r < 0.25) {
      const name = this.pick(['p.html', 'nest.html']);
      const params = [`x=${this.includeArg()}`];
      if (name === 'p.html' && this.chance(0.6)) params.push(`y=${this.includeArg()}`);
      return this.tag(`include ${name} ${params.join(' ')}`);
    }
    if (r < 0.35)
      return this.tag(
        `include list.html list=${this.pick(REFS.filter((e) => LIST_KINDS.includes(e.kind) && !e.text.includes('['))).text}`,
      );
    if (r < 0.5) {
      const limit = this.chance(0.4) ? ` limit:${this.pick(['1', '2', '3'])}` : '';
      const offset = this.chance(0.2) ? ' offset:1' : '';
      const source = this.pick([
        'site.posts',
        'site.posts | sort: "title"',
        'site.posts | where: "author", "Ann"',
        'site.posts | where_exp: "p", "p.rank"',
        'site.posts | sort: "rank" | reverse',
      ]);
      const list = source.includes('|') ? 'ps' : source;
      const assign = source.includes('|') ? this.tag(`assign ps = ${source}`) : '';
      this.loops.push({ text: 'post', kind: 'hash' });
      const inner = this.chance(0.5)
        ? this.tag('include post.html post=post')
        : `${this.output(this.expression(2, this.pick(POST_FIELDS)).text)}${this.output(`forloop.${this.pick(['index', 'rindex', 'first', 'last', 'length'])}`)}`;
      this.loops.pop();
      return `${assign}${this.tag(`for post in ${list}${limit}${offset}`)}${inner}${this.text()}${this.tag('endfor')}`;
    }
    if (r < 0.6) {
      const hash = this.pick(['site.tags', 'site.categories']);
      const sorted = this.chance(0.5);
      const head = sorted
        ? `${this.tag(`assign ts = ${hash} | sort`)}${this.tag('for t in ts')}`
        : this.tag(`for t in ${hash}`);
      return `${head}{{ t[0] }} ({{ t[1].size }}: {{ t[1] | map: "title" | join: "/" }}){{ t | first | slugify }}${this.text()}${this.tag('endfor')}`;
    }
    if (r < 0.72) {
      const [by, expr] = this.pick([
        ['group_by_exp', '"post", "post.date | date: \'%Y\'"'],
        ['group_by', '"author"'],
        ['group_by_exp', '"p", "p.tags.size"'],
        ['group_by', '"tags"'],
      ]);
      const items = this.pick([
        'g.items | map: "title" | join: ", "',
        'g.items.size',
        'g.items | map: "url" | first',
        'g.size',
      ]);
      return `${this.tag(`assign groups = site.posts | ${by}: ${expr}`)}${this.tag('for g in groups')}[{{ g.name }}: {{ ${items} }}]${this.tag('endfor')}`;
    }
    if (r < 0.82) {
      // A capture grown in a loop (a theme's list of links, or a comma list).
      const list = this.collection();
      const c = `c${this.names++}`;
      this.locals.push({ text: c, kind: 'str' });
      return `${this.tag(`for x in ${list}`)}${this.tag(`capture ${c}`)}{{ ${c} }}{{ x }}${this.pick([',', '', '{% unless forloop.last %}, {% endunless %}'])}${this.tag('endcapture')}${this.tag('endfor')}${this.output(`${c} | strip`)}`;
    }
    if (r < 0.83) {
      // An archive's year headings (a variable kept from one turn to the next), a tag cloud by lookup.
      return this.pick([
        `${this.tag('for post in site.posts')}${this.tag('assign y = post.date | date: "%Y"')}${this.tag('if y != prev')}<h2>{{ y }}</h2>${this.tag('endif')}${this.tag('assign prev = y')}{{ post.title | escape }};${this.tag('endfor')}`,
        `${this.tag('for tag in site.posts.first.tags')}{{ tag }}={{ site.tags[tag].size }}${this.tag('unless forloop.last')}, ${this.tag('endunless')}${this.tag('endfor')}`,
        `${this.tag('for post in site.posts')}${this.tag(`if post.${this.pick(['tags contains "news"', 'author', 'rank > 1', 'url == page.url', 'categories.size > 0'])}`)}{{ forloop.index }}:{{ post.slug }} ${this.tag('endif')}${this.tag('endfor')}`,
        `{{ site.categories.${this.pick(['blog', 'notes', 'none'])} | map: "title" | join: "/" }}{{ site.categories["notes"].size }}`,
        `${this.tag(`assign inc = ${this.pick(['"p.html"', '"list.html"', '"post.html"'])}`)}${this.tag('include {{ inc }} x="d" list=page.words post=site.posts.first')}`,
      ]);
    }
    if (r < 0.86)
      return this.tag(
        this.pick([
          'post_url 2021-01-15-hello-world',
          'post_url 2022-02-28-third-one',
          'link _posts/2021-06-01-second.html',
          'link t/0000.html',
        ]),
      );
    if (r < 0.9) {
      const inner = this.pick(['page.words', 'page.nums', 'site.posts', '(1..3)']);
      return `${this.tag('for a in (1..2)')}${this.tag(`for b in ${inner} limit:2`)}{{ forloop.parentloop.index }}.{{ forloop.index }}${this.pick(['', '{{ forloop.parentloop.last }}', '{{ forloop.length }}'])} ${this.tag('endfor')}${this.tag('endfor')}`;
    }
    return this.output(
      this.pick([
        'site.posts | map: "title" | jsonify',
        'site.posts | map: "tags" | first | join: ","',
        'site.posts.first.title | xml_escape',
        'site.posts | where: "tags", "news" | map: "url" | join: " "',
        'site.posts | sort: "date" | last | map: "date" | date_to_xmlschema',
        'site.posts[1].date | date: "%B %-d, %Y"',
        'site.posts | map: "date" | first | date: "%s"',
        'site.posts.size | plus: 1',
        'site.posts | map: "categories" | compact | join: ","',
        'site.posts | map: "tags" | uniq | jsonify',
        // a feed's and an index's idioms
        'site.posts.first.content | strip_html | truncatewords: 3',
        'site.posts[1].excerpt | strip_html | normalize_whitespace | xml_escape',
        'site.posts.first.content | number_of_words',
        'site.posts.last.content | xml_escape',
        'site.posts.first.url | absolute_url | xml_escape',
        'site.posts[2].date | date_to_rfc822',
        'site.posts[2].date | date_to_xmlschema',
        'site.posts.first.title | smartify',
        'site.posts | where_exp: "p", "p.date < site.posts.first.date" | size',
        'site.posts.first.previous.title | default: "none"',
        'site.posts.last.next.url',
        'page.url | absolute_url',
        'site.posts | map: "title" | array_to_sentence_string',
        // the site's own lists: collections, static files, data lists by a field
        'site.collections | map: "label" | join: ","',
        'site.collections | map: "relative_directory" | jsonify',
        'site.posts.first.collection | append: page.collection',
        'site.static_files | map: "path" | join: ","',
        'site.static_files | map: "extname" | uniq | join',
        'site.data.fz.items | where: "category", "office" | map: "title" | join: ","',
        'site.posts.first.title | append: "]]>" | cdata_escape',
        // days before and after a post (seconds since 1970 and back); no site.tags[number]: Jekyll
        // adds that name to site.tags for the pages after (see sites/site-tags-integer-key)
        'site.posts[1].date | date: "%s" | plus: 86400 | date: "%F %H:%M"',
        'site.posts.first.date | date: "%s" | minus: page.n | date: "%c"',
        'site.tags["news"] | size',
      ]),
    );
  }

  /**
   * More of what themes write: data looked up by a variable key, include_relative, where_exp
   * with and/or over posts, sort with nils last, a Markdown post's excerpt, reading times,
   * smartify and markdownify of titles and texts, URLs through relative_url and absolute_url.
   */
  private themeIdiom(): string {
    const key = this.pick(['"colors"', '"items"', '"lookup"', 'page.key', '"missing"']);
    const url = this.pick(['"/"', '""', '"assets/css/main.css"', '"/feed.xml"', 'post.url', '"#top"', 'page.url']);
    const when = this.pick([
      "p.tags contains 'news' and p.rank > 1",
      "p.author == 'bob' or p.rank < 2",
      "p.categories contains 'blog' or p.tags contains 'intro' and p.rank",
      "p.excerpt contains 'intro'",
      'p.date >= page.dt and p.title',
    ]);
    return this.pick([
      `${this.tag(`assign k = ${key}`)}{{ site.data.fz[k] | jsonify }}`,
      `${this.tag('for c in site.data.fz.colors')}{{ site.data.fz.lookup[c] | default: "?" }}${this.text()}${this.tag('endfor')}`,
      `${this.tag('for pair in site.data.fz.lookup')}{{ pair[0] }}={{ pair[1] }};${this.tag('endfor')}{{ site.data.fz.lookup.size }}`,
      this.tag(`include data.html key=${key}`),
      this.tag(
        `include_relative ${this.pick(['part.html', '_part.html'])} x=${this.includeArg()}${this.chance(0.4) ? ` y=${this.includeArg()}` : ''}`,
      ),
      `{{ site.posts | where_exp: "p", "${when}" | map: "title" | join: ", " }}`,
      `${this.tag(`assign ps = site.posts | sort: "${this.pick(['rank', 'author', 'title', 'date'])}", "${this.pick(['first', 'last'])}"`)}${this.tag('for p in ps')}{{ p.rank | default: "-" }} {{ p.author }};${this.tag('endfor')}`,
      `${this.tag('for post in site.posts')}{{ post.excerpt | strip_html | strip | truncatewords: ${this.pick(['3', '20'])} }}|${this.tag('endfor')}`,
      `${this.tag('for post in site.posts')}{{ post.content | number_of_words | divided_by: 2 | plus: 1 }} min;{{ post.relative_path }}${this.tag('endfor')}`,
      `${this.tag('for post in site.posts limit:2')}<a href="{{ ${url} | relative_url }}">{{ post.title | smartify }}</a> {{ post.date | date: "%-d %B %Y" }}${this.tag('endfor')}`,
      `${this.tag('for post in site.posts offset:3')}{{ ${url} | absolute_url }} {{ post.title | smartify | strip_html | normalize_whitespace | xml_escape }}${this.tag('endfor')}`,
      `{{ page.title | smartify }}|{{ page.title | markdownify | strip }}|{{ page.md | markdownify }}`,
      `{{ site.posts.first.excerpt }}|{{ site.posts.first.content | markdownify | size }}|{{ site.posts.first.title | smartify }}`,
      `${this.tag('for post in site.posts')}{{ post.tags | array_to_sentence_string }}|{{ post.categories | join: "/" }};${this.tag('endfor')}`,
      `{{ page.url }}|{{ page.path }}|{{ page.name }}|{{ page.dir }}|{% link t/0000.html %}|{{ site.baseurl }}{% post_url 2023-03-10-marked %}`,
      `${this.tag('for f in site.posts.first')}{{ f }},${this.tag('endfor')}`,
      `{{ site.posts | group_by_exp: "p", "p.date | date: '%B %Y'" | map: "name" | join: ", " }}|{{ site.categories.deep | map: "url" | join: " " }}`,
    ]);
  }

  statement(): string {
    if (this.depth >= 2 || (this.depth === 1 && this.chance(0.5))) return this.output(this.expression(2).text);
    this.depth++;
    try {
      if (this.chance(0.12)) return this.idiom();
      if (this.chance(0.1)) return this.themeIdiom();
      const r = this.next();
      if (r < 0.35) return this.output(this.expression().text);
      if (r < 0.45) {
        const branches = [`${this.tag(`if ${this.condition()}`)}${this.body()}`];
        while (this.chance(0.3)) branches.push(`${this.tag(`elsif ${this.condition()}`)}${this.body()}`);
        if (this.chance(0.5)) branches.push(`${this.tag('else')}${this.body()}`);
        return `${branches.join('')}${this.tag('endif')}`;
      }
      if (r < 0.5) {
        const otherwise = this.chance(0.3) ? `${this.tag('else')}${this.body()}` : '';
        return `${this.tag(`unless ${this.condition()}`)}${this.body()}${otherwise}${this.tag('endunless')}`;
      }
      if (r < 0.56) {
        const subject = this.operand();
        let out = this.tag(`case ${subject.text}`);
        const n = this.int(1, 3);
        for (let i = 0; i < n; i++) {
          const values = [this.valueArg()];
          if (this.chance(0.3)) values.push(this.valueArg());
          out += `${this.tag(`when ${values.join(this.pick([', ', ' or ']))}`)}${this.body()}`;
        }
        if (this.chance(0.5)) out += `${this.tag('else')}${this.body()}`;
        return `${out}${this.tag('endcase')}`;
      }
      if (r < 0.7) return this.loop('for');
      if (r < 0.74) return this.loop('tablerow');
      if (r < 0.84) {
        const value = this.expression();
        const name = `v${this.names++}`;
        this.locals.push({ text: name, kind: value.kind });
        return `${this.tag(`assign ${name} = ${value.text}`)}${this.output(this.expression(2, { text: name, kind: value.kind }).text)}`;
      }
      if (r < 0.89) {
        const name = `c${this.names++}`;
        const inner = this.body();
        this.locals.push({ text: name, kind: 'str' });
        return `${this.tag(`capture ${name}`)}${inner}${this.tag('endcapture')}${this.output(`${name}${this.chance(0.5) ? ` | ${this.pick(['size', 'strip', 'upcase', 'escape'])}` : ''}`)}`;
      }
      if (r < 0.93) {
        // Jekyll keeps counters from page to page (in the order it renders them): each page has its own.
        const counter = `${this.pick(['k', 'n'])}${this.page}`;
        const tags = [];
        for (let i = this.int(1, 3); i > 0; i--)
          tags.push(this.tag(`${this.pick(['increment', 'decrement'])} ${counter}`));
        if (this.chance(0.4)) tags.push(this.output(counter));
        return tags.join(this.text());
      }
      if (r < 0.96)
        return `${this.tag('raw')}${this.pick(['{{ page.s }}', '{% if %}', ' }} {%', 'a {{'])}${this.tag('endraw')}`;
      if (r < 0.98)
        return `${this.tag('comment')}${this.pick(['x', '{{ page.s }}', ' note '])}${this.tag('endcomment')}`;
      return this.tag(`cycle ${this.pick(['"a", "b"', '1, 2', '"g": "x", "y"'])}`);
    } finally {
      this.depth--;
    }
  }

  template(page: number): string {
    this.page = page;
    this.locals = [];
    this.loops = [];
    this.names = 0;
    let out = '';
    const n = this.int(1, 2);
    for (let i = 0; i < n; i++) out += this.statement() + this.text();
    return out;
  }
}

/** `count` templates from `seed`. */
export function generateTemplates(seed: number, count: number): string[] {
  const g = new Generator(seed);
  return Array.from({ length: count }, (_, i) => g.template(i));
}
