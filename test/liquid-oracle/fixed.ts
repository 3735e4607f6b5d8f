import { join } from 'node:path';
import { generateTemplates } from './generate.js';

/** The random templates `npm test` checks against Jekyll's committed output, and their seed. */
export const FIXED_SEED = 20261205;
export const FIXED_COUNT = 300;
export const EXPECTED_FILE = join(import.meta.dirname, 'expected.json');

/**
 * Hand-written templates after the random ones: each difference the fuzz found and kiln fixed,
 * checked against Jekyll's own output like the rest (variables as in generate.ts).
 */
export const CASES: readonly string[] = [
  // `<`, `>`, `<=`, `>=` take only numbers with numbers, texts with texts (else false, or an error)
  '{% if page.words > page.num_s %}a{% endif %}{% if false <= 1 %}b{% endif %}{% if nil < 1 %}c{% endif %}{% if page.nums >= page.nums %}d{% endif %}{% if page.t > false %}e{% endif %}|{% if 2 > 1.5 %}f{% endif %}{% if "b" > "a" %}g{% endif %}{% if page.dt < page.dt %}h{% endif %}',
  // and/or evaluate the left side first and stop there when it decides (right to left grouping)
  '{% if nil > 1 and 1 < "a" %}a{% else %}b{% endif %}{% if 2 > 1 or 1 < "a" %}c{% endif %}{% if true or false and false %}d{% endif %}{% if false and false or true %}e{% else %}f{% endif %}',
  // contains: a hash's keys, nothing on the right, numbers in texts
  '{% if page.nested contains "k" %}a{% endif %}{% if page.nested contains "v" %}b{% endif %}{% if page.s contains nil %}c{% endif %}{% if "a12" contains 12 %}d{% endif %}{% if page.nums contains "3" %}e{% endif %}{% if page.nl contains "x" %}f{% endif %}',
  // for: a text is one item whatever offset and limit say; negative limit and offset as Ruby slices
  '{% for x in page.s offset:2 %}[{{ x }}]{% endfor %}{% for x in page.s limit:0 %}[{{ x }}]{% else %}none{% endfor %}|{% for x in page.nums limit:-1 %}{{ x }}{% else %}e{% endfor %}|{% for x in page.nums offset:-1 limit:2 %}{{ x }}{% endfor %}|{% for x in page.nums offset:-2 %}{{ x }}{% endfor %}',
  // tablerow: a hash's pairs, a text once, no `cols` is one row whose last cell is not col_last
  '{% tablerow x in page.nested.a %}{{ x }}{% endtablerow %}{% tablerow x in page.s offset:3 %}{{ x }}{% endtablerow %}{% tablerow x in page.words limit:3 %}{{ tablerowloop.col_last }}{{ tablerowloop.col }}{% endtablerow %}{% tablerow x in page.nums cols:0 %}{{ tablerowloop.row }}{% endtablerow %}',
  // cycle: values split at every comma, quoted or not; single and double quotes alike
  '{% for x in (1..3) %}{% cycle \'-\', \',\' %}{% cycle \'a\', \'b\' %}{% cycle "a", "b" %}{% cycle "p, q", "r" %}{% cycle "g": \',\' %}{% endfor %}',
  // raw: `-%}` on raw trims after endraw, `-%}` on endraw trims nothing
  '[{% raw -%}  a  {% endraw %}  b][{% raw %}  a  {% endraw -%}  b][{% raw -%} c {% endraw -%} d]',
  // nil is nil: a missing value equals a YAML null in ==, !=, case/when and unless
  '{% if page.nl == page.missing %}a{% endif %}{% if page.missing != page.people[3].age %}b{% else %}c{% endif %}{% case page.missing %}{% when page.people[3].age %}d{% endcase %}{% case page.nl %}{% when page.nothing, 3 %}e{% endcase %}{% unless page.nl != page.missing %}f{% endunless %}{% if page.nl == page.fl %}g{% endif %}{% if page.missing == page.empty_s %}h{% endif %}',
  // sort: a list of lists stays one, a hash sorts as its [key, value] pairs
  '{{ site.data.fz.matrix | sort | inspect }}|{% assign pairs = page.nested | sort %}{% for p in pairs %}{{ p[0] }}={{ p[1] | size }};{% endfor %}|{{ page.people | sort: "age" | map: "name" | join: "," }}',
  // first of a hash is its first [key, value] pair; a hash has no last
  '{{ page.nested | first | first }}|{{ page.nested | first | last | inspect }}|{{ page.nested | last | inspect }}|{{ page.s | first | inspect }}',
  // sample: a hash passes through; n distinct items, as many as there are; an n Integer() does not read is 1
  '{{ page.nested | sample | size }}|{{ page.nums | sample: 3 | size }}|{{ page.nums | sample: 9 | size }}|{{ page.nums | sample: 0 | size }}|{{ page.nums | sample: "2" | size }}|{{ page.nums | sample: "010" | size }}|{{ page.nums | sample: 2.0 | at_least: 100 }}|{{ page.nums | sample: "x" | at_least: 100 }}',
  // inspect writes what a UTF-8 text cannot print as \\uXXXX (NEL it prints), in lists and hashes too
  '{{ page.ctl | inspect }}|{{ page.ctl | split: "b" | inspect }}|{% assign h = page.nested | first %}{{ h | push: page.ctl | inspect }}',
  // a Float is no hash to find and where: it passes through
  '{{ site.data.fz.items[2].title | modulo: page.f | find: "tags", true }}|{{ page.wf | where: "x", 1 }}|{{ page.wf | find: "x", 1 }}|{{ page.wf | first }}|{{ page.wf | size }}',
  // sort_natural: casecmp folds A-Z only; nils last, in reverse order (Ruby's sort of its comparison)
  '{{ site.data.fz.items | sort_natural: "active" | map: "title" | join: "," }}|{{ site.data.fz.mixed | sort_natural | inspect }}|{{ "Öx,äy,Ab,b,Zed,é" | split: "," | sort_natural | join: " " }}|{{ page.people | sort_natural: "active" | map: "name" | join: "," }}',
  // cycle: cycles of one name share one count, whatever their values; past a shorter one's end nothing
  '{% for x in (1..2) %}{% cycle "g": 1, 2, 3 %}{% endfor %}|{% cycle "g": "x", "y" %}|{% cycle "g": "x", "y" %}|{% cycle "h": "a", "b" %}{% cycle "h": "c", "d", "e" %}{% cycle "h": "f" %}{% cycle "h": "p", "q", "r" %}|{% assign n = "g" %}{% cycle n: 1, 2 %}{% cycle 1: "one", "two" %}{% cycle "1": "x", "y" %}',
  // sort of a text, number or boolean fails in Ruby (no sort, no map)
  '{{ page.csv | sort }}',
  '{{ page.f | sort: "x" }}',
  // a list or hash given to a text filter is its inspect form
  '{{ page.words | append: "!" }}|{{ page.nested.a | upcase }}|{{ page.nums | split: "," | first }}|{{ page.people[0] | size }}|{{ page.nums | remove: "," }}',
  // replace with an empty text inserts before every character and at the end (Ruby's gsub)
  '{{ page.csv | replace: "", "." }}|{{ nil | replace: "", "x" }}|{{ "ab" | replace_first: "", "-" }}|{{ "ab" | remove: "" }}',
  // tablerow over nil or false writes nothing, not even a row
  '[{% tablerow x in page.nl %}{{ x }}{% endtablerow %}{% tablerow x in page.fl cols:2 %}{{ x }}{% endtablerow %}{% tablerow x in page.empty_a %}{{ x }}{% endtablerow %}]',
  // blank blocks (only whitespace, assign, capture, comment, empty raw, blank blocks) write no whitespace
  '[{% if true %}  {% endif %}][{% for x in page.nums %}\n  {% assign a = x %}\n{% endfor %}][{% if true %} x {% endif %}][{% for x in page.words %} {% comment %}c{% endcomment %} {% else %} {% endfor %}]',
  '[{% unless false %} {% capture c %}z{% endcapture %} {% endunless %}][{% case 1 %}{% when 1 %}  {% else %} {% endcase %}][{% for x in page.nums %} {% if true %} {% endif %} {% raw %}{% endraw %} {% endfor %}]',
  '[{% for x in page.nums %} {% increment k %} {% endfor %}][{% for x in page.nums %} {% cycle "a" %} {% endfor %}][{% for x in page.nums %} {{ nil }} {% endfor %}][{% for x in page.nums %} {% break %} {% endfor %}][{% tablerow x in page.nested.list %} {% endtablerow %}][{% if true %} {% raw %} {% endraw %} {% endif %}]',
  // relative_url and absolute_url: whitespace at the ends stripped, brackets escaped
  '{{ " " | relative_url }}|{{ page.sp | relative_url }}|{{ page.nums | absolute_url }}|{{ "a[1] b?q=[x]#[y]" | relative_url }}|{{ "[x] " | absolute_url }}',
  // jsonify of posts: Jekyll's drop (its fields in order, neighbours whole, then collapsed); a page's hash in order
  '{{ site.posts | jsonify }}|{{ site.posts[1] | jsonify }}',
  '{{ page | jsonify }}|{% for f in page %}{{ f[0] }},{% endfor %}',
  // include parameters: quotes escaped inside quotes, numbers and names as variables
  '{% include p.html x="say \\"hi\\"" y=\'it\\\'s\' %}{% include p.html x=3 y=page.words.first %}{% include nest.html x=page.nested.k %}',
  // case: a when renders once for each of its values that matches
  '{% case page.nl %}{% when nil or nil %}a{% endcase %}|{% case 1 %}{% when 1, 2, 1 %}b{% when 1 %}c{% else %}d{% endcase %}|{% assign n = 0 %}{% case "x" %}{% when "x", "x" %}{% assign n = n | plus: 1 %}{% endcase %}{{ n }}',
  // map, sort_natural, uniq, compact read a property as Ruby's []: a text gives the key if it holds it; nil for a list with a Float
  '{{ page.wfs | sort_natural: "title" | size }}|{{ site.data.fz.mixed | sort_natural: "price" | size }}|{{ page.words | map: "an" | join: "," }}|{{ page.floats | uniq: "x" | size }}|{{ page.people | compact: "age" | map: "name" | join: "," }}|{{ page.words | uniq: "a" | join: "," }}|{{ page.words | compact: "e" | join: "," }}|{{ page.floats | map: "x" | size }}',
  // group_by_exp: keys equal by value (lists too), a missing value and nil one group
  '{{ site.data.fz.mixed | group_by_exp: "item", "item.age" | map: "size" | join: "," }}|{% assign g = page.people | group_by_exp: "p", "p.tags" %}{% for x in g %}{{ x.name | inspect }}={{ x.size }};{% endfor %}|{% assign g = site.data.fz.matrix | push: page.nested.list | group_by_exp: "m", "m" %}{% for x in g %}{{ x.name | join: "-" }}={{ x.size }};{% endfor %}|{{ page.wfs | group_by_exp: "n", "n" | size }}',
  // an empty text through list filters is a list of one empty text
  '{{ page.empty_s | uniq | inspect }}|{{ page.empty_s | reverse | size }}|{{ page.empty_s | map: "x" | size }}|{{ page.empty_s | concat: page.words | size }}|{{ page.empty_s | compact | join: "-" }}|{{ page.empty_s | sort_natural | size }}',
  // uniq: posts are themselves (a list of posts has no duplicates but the same post twice), hashes and lists equal by value
  '{{ site.posts | uniq | size }}|{{ site.posts | concat: site.posts | uniq | map: "title" | join: "," }}|{{ page.people | push: page.people[1] | uniq | size }}|{{ site.data.fz.matrix | uniq | size }}|{{ page.people | uniq: "tags" | size }}',
  // to_integer of a time is its seconds since 1970
  '{{ site.posts[1].date | date: "" | to_integer }}|{{ page.dt | to_integer }}|{{ site.posts.first.date | to_integer | minus: 1 }}',
  // default: a fallback that is nil stays nil (jsonify writes null); none given is the empty text
  '{{ page.missing | default: page.nothing | jsonify }}|{{ false | default: nil | jsonify }}|{{ nil | default | jsonify }}|{{ page.fl | default: page.nl, allow_false: true | jsonify }}|{{ page.empty_s | default: page.missing | inspect }}|{{ nil | default: page.n | jsonify }}',
  // array_to_sentence_string of a text of one or two characters, of a hash of one key; nil through slugify and uri_escape (seed 50307, page 107)
  '{{ page.num_s | array_to_sentence_string }}|{{ "é" | array_to_sentence_string: "or" }}|{{ page.empty_s | array_to_sentence_string }}|{{ page.nested.a | array_to_sentence_string }}|{{ page.nl | slugify }}{{ page.nl | uri_escape }}|{{ site.posts.first.excerpt | number_of_words }}{{ site.posts[1].excerpt | slugify }}',
  // a post's relative_path, as its path (found writing the generator's idioms; kiln gave nothing)
  '{{ site.posts.first.relative_path }}|{{ site.posts | map: "relative_path" | join: "," }}|{{ site.posts | where: "relative_path", "_posts/2021-06-01-second.html" | size }}',
  // for over a post gives its drop's names, in Jekyll's order (kiln gave [name, value] pairs in its own)
  '{% for f in site.posts[1] %}{{ f }},{% endfor %}|{% for f in site.posts.first limit:3 offset:1 %}{{ f | size }}{% endfor %}',
  // smartify is kramdown's SmartyPants: entities as characters, tags written back, raw insides kept, a block tag as text (seed 52149, page 137)
  "{{ \"a &copy; b &#169; &amp; &x; &lt; &#60; &quot;q&quot; &#x2014; AT&T's\" | smartify }}|{{ \"<br> <img src='x'> <span class=a>'s'</span> <code>'c' -- a < b</code> <kbd>--</kbd>\" | smartify }}|{{ \"a <!-- c --> 'b' x <p>it's</p> <em>open 'q' </strong> stray\" | smartify }}|{{ \"say <<hi>> -- 'tis\" | smartify }}|[{{ page.ml | smartify }}]",
  // smartify: inside an element kramdown does not parse (code, an unknown name) only tags are read; each left open closes at the end (seed 61666, page 64)
  '{{ "a <welcome> \'x\' <welcome> &copy; <Foo>\'y\'</foo></Foo> <code><em>\'z\'</em> &copy; -- </code> <kbd><b>k</b></KBD>" | smartify }}|{{ site.posts | map: "title" | join: " " | smartify }}',
  // relative_url, absolute_url, uri_escape: Addressable puts each component (each path segment) in NFKC, %XX decoded (seed 57982, page 251)
  '{{ "/a…b/ﬁle²™?q=…#…" | relative_url }}|{{ "a%E2%80%A6b" | relative_url }}|{{ "…" | uri_escape }}|{{ "Ａ／Ｂ" | relative_url }}|{{ "x%2Fy…" | absolute_url }}|{{ "%FF%FE/x" | relative_url }}|{{ site.posts.first.title | smartify | relative_url }}',
  // list filters over one post read its drop's field names; first is its first field and value, size 0 (seeds 52763 page 213, 59210 page 269)
  '{{ site.posts[1] | compact | join: "," }}|{{ site.posts[1] | join }}|{{ site.posts[1] | reverse | first }}|{{ site.posts[1] | uniq | size }}|{{ site.posts[1] | map: "title" | size }}|{{ site.posts[1] | concat: page.words | last }}|{{ site.posts[1] | sort_natural | first }}|{{ site.posts[1] | first }}|{{ site.posts[1] | size }}|{{ site.posts[1] | last }}|{{ site.posts[1] | sort | first }}',
  // include_relative of a file Jekyll leaves out of the site (seed 52149, pages 167, 193, 250, 268)
  '{% include_relative _part.html x="abc" %}|{% include_relative part.html x=page.n y=page.words %}',
  // where, group_by, sort and find read a text item's property as Ruby's String#[]: the name where the text holds it (found by a probe written for seed 61052's where cases)
  '{{ page.words | where: "a", "a" | size }}|{{ page.words | where: "an", "an" | join }}|{{ page.words | group_by: "e" | map: "name" | join: "," }}|{{ page.words | sort: "an" | join: "," }}|{{ page.words | sort: "an", "last" | join: "," }}|{{ page.words | find: "err", "err" }}|{{ "a1,b2,c1" | split: "," | where: "1", 1 | join }}|{{ page.words | where: "a", nil | join }}',
  // sort by a property whose values are lists: Ruby's Array#<=>, item by item, then the shorter first (seed 60131, page 267)
  '{{ site.posts | sort: "tags" | map: "title" | join: "," }}|{{ site.posts | sort: "tags", "last" | map: "tags" | jsonify }}|{{ site.posts | sort: "categories" | map: "title" | join: "," }}|{{ page.people | sort: "tags" | map: "name" | join: "," }}',
  // plus, minus, times, divided_by, modulo with a Float: the exact result of their decimals (BigDecimal's), rounded once (seed 70000, page 30)
  '{{ 3.14159 | divided_by: page.n }}|{{ page.f | divided_by: 0.7 }}|{{ 0.0 | divided_by: -2.0 }}|{{ 0.3 | modulo: 0.1 }}|{{ 5.5 | modulo: 0.3 }}|{{ 7 | modulo: -2.5 }}|{{ 1.15 | times: 0.123456789012345 }}|{{ 2.675 | times: 3.3333 | divided_by: 0.7 | modulo: 1.3 }}|{{ 0.1 | plus: 0.2 }}|{{ 99.99 | minus: 0.011 }}|{{ -0.0 | times: 1.0 }}',
  // uniq and sort_natural by a property read nothing of a list of one item (Ruby calls no block): an Integer's is itself, a Float's too for uniq
  '{{ page.n | uniq: "x" | inspect }}|{{ page.n | sort_natural: "x" | inspect }}|{{ page.f | uniq: "x" | inspect }}|{{ page.f | sort_natural: "x" | inspect }}|{{ page.words | first | sort_natural: "x" | inspect }}',
  // date filters on texts Ruby's Time.parse guesses at: the first date shape found anywhere, years of two digits this century (fuzz:liquid seeds 50000, 52763, 54912, 60438)
  '{{ site.posts[1].url | date_to_string }}|{{ site.posts | map: "url" | join: " " | date: "%F" }}|{{ "15/01/2021" | date_to_string }}|{{ "15.01.2021" | date: "%F" }}|{{ "2021.01.15" | date_to_long_string }}|{{ "January 2021" | date: "%F" }}|{{ "Fri Jan 15 10:00:00 UTC 2021" | date_to_xmlschema }}|{{ "2021-01-15 10:00 PST" | date: "%F %T %z" }}|{{ "1/5/21" | date: "%F" }}|{{ "2021-02-30" | date: "%F" }}|{{ "Jan 15, 2021 at 10:00 pm" | date: "%F %R" }}|{{ "v1.2.3" | date: "%F" }}|{{ "2022-02-28+0530" | date: "%F %z" }}|{{ "hello world" | date: "%F" }}|{{ "Chapter 3" | date: "%F" }}|{{ "2021-13-45" | date: "%F" }}',
  '{{ "01/15/2021" | date_to_string }}',
  '{{ "hello world" | date_to_xmlschema }}',
  // group_by_exp over a hash groups its [key, value] pairs, as Ruby's Hash#group_by (kiln grouped the values)
  '{{ page.nested | group_by_exp: "x", "x[0]" | jsonify }}|{{ page.people[0] | group_by_exp: "x", "x[1] | size" | map: "name" | join: "," }}|{{ site.tags | group_by_exp: "t", "t[1].size" | map: "name" | join: "," }}',
  // properties as Ruby reads them: a text has only size, in characters; an Integer's size is 8; a Float, a time, a list's length or a text index are nil
  '{% assign s = "a😀b" %}{% assign l = "x,y" | split: "," %}{% assign w = 2.0 %}[{{ s.size }}][{{ s.length }}][{{ s[0] }}][{{ s.first }}][{{ page.n.size }}][{{ page.f.size }}][{{ w.size }}][{{ l.length }}][{{ l["1"] }}][{{ l[-1] }}][{{ site.time.size }}][{{ page.u.size }}][{{ page.ctl.size }}][{% for i in (1..s.size) %}{{ i }}{% endfor %}]',
  // a hash's first is its first [key, value] pair (Ruby's Hash#first), a drop's its first field and value, forloop's its own
  '{{ page.nested.first | inspect }}|{{ page.people[0].first | join: "=" }}|{% for x in (1..2) %}{{ forloop.first }}{% endfor %}|{{ page.first | size }}|{{ site.data.fz.first | size }}|{{ site.posts.first.first | size }}|{{ page.nested.last }}|{{ page.nested.first.first }}',
  // slice, truncate and size count characters, not UTF-16 units, with or without a character past U+FFFF
  '{% assign s = "a😀b💡c" %}{{ s | slice: 1 }}|{{ s | slice: -3, 2 }}|{{ s | slice: 2, 9 }}|{{ s | slice: 6 }}|{{ s | slice: 5 }}|{{ s | truncate: 4, "" }}|{{ s | truncate: 4, "😀" }}|{{ s | size }}|{{ page.u | slice: 3, 4 }}|{{ page.u | truncate: 9 }}|{{ page.ctl | slice: -4, 3 | size }}|{{ page.u | slice: -30 }}|{{ page.u | slice: 1, -1 }}',
  // sums of halves in a loop, as a related-posts score adds them (the exact decimals, rounded once)
  '{% assign x = 0 %}{% for i in (1..7) %}{% assign x = x | plus: 0.5 | minus: 0.25 | times: 1.5 %}{% endfor %}{{ x }}|{{ 0.5 | plus: 0.25 }}|{{ 65535.5 | plus: 0.5 }}|{{ 65536.5 | plus: 0.1 }}|{{ 1024 | times: 0.001 }}|{{ -0.5 | plus: 0.5 }}',
  // smartify: a line that starts with block HTML (an excerpt's <p>, a comment, <hr>, <script>) is kramdown's HTML block, its inside raw, the rest of its line read again (fuzz:liquid --seed 45001, page 89)
  "[{{ site.posts.first.excerpt | smartify }}][{{ \"<p>it's</p>\" | smartify }}][{{ \"x\n<p>it's</p>\" | smartify }}][{{ \"<div>it's -- x</div> after 'q'\" | smartify }}][{{ \"   <p>a 'b'</p>\" | smartify }}][{{ \"<p>a</p> tail 'q'\" | smartify }}][{{ \"<em>it's</em> 'x'\" | smartify }}][{{ \"<p>a\n\nb 'c'</p>\nafter 'd'\" | smartify }}][{{ \"<!-- c --> 'q'\" | smartify }}][{{ \"<p>one</p><p>two 'x'</p>\" | smartify }}]",
  '[{{ "<div><p>it\'s</p></div>" | smartify }}][{{ "</p> \'x\'" | smartify }}][{{ "<p>x &amp; &copy; \'y\'</p>" | smartify }}][{{ "<P>Up \'u\'</P>" | smartify }}][{{ "<p class=a>b</p>" | smartify }}][{{ "<hr> \'x\'" | smartify }}][{{ "<br> \'x\'" | smartify }}][{{ "<p>unclosed \'x\'" | smartify }}][{{ "<p>a</p>\n\'b\'" | smartify }}][{{ "<div>\n\'x\'\n</div>\n\'y\'" | smartify }}][{{ "<pre>it\'s</pre>" | smartify }}][{{ "<script>it\'s</script> \'x\'" | smartify }}][{{ \'<p markdown="1">it"s *em*</p>\' | smartify }}][{{ "<table><tr><td>\'x\'</td></tr></table>" | smartify }}][{{ "<p>a</p>  \n \'b\'" | smartify }}][{{ "<!-- c -->\n\'q\'" | smartify }}][{{ "  <!-- c --> \'q\'" | smartify }}][{{ "<foo>it\'s</foo> \'z\'" | smartify }}]',
  // size, first and last in brackets are keys, not commands (Ruby's Liquid): nil on a list or a text, a hash's own key or nil; a post's first (a drop's method) and forloop's own fields still answer
  '{% assign k = "size" %}{% assign l = "x,y" | split: "," %}[{{ l["size"] }}][{{ l["first"] }}][{{ l["last"] }}][{{ l[k] }}][{{ page.words["size"] }}][{{ page.nested["size"] }}][{{ page.nested["first"] }}][{{ site.posts["size"] }}][{{ site.posts.first["first"] | size }}][{{ site.posts.first["size"] }}][{% for x in l %}{{ forloop["first"] }}{{ forloop["last"] }}{% endfor %}][{% if l["size"] %}y{% else %}n{% endif %}][{{ l.size }}{{ l.first }}{{ page.words.size }}]',
  // a filter's count is read as Ruby's Integer() reads text (`"0x5"` is 5, `"010"` is 8); a slice length of nil or false is 1
  '{{ "abcdefghij" | truncate: "0x5" }}|{{ "abcdefghij" | truncate: " 6 " }}|{{ "abcdefghij" | truncate: "010" }}|{{ "a b c d" | truncatewords: "0b11" }}|{{ "abcdef" | slice: 1, page.missing }}|{{ "abcdef" | slice: "0o2", false }}|{{ page.nums | pop: "0x1" | join: "," }}|{{ page.nums | shift: " 2 " | join: "," }}',
  // case and when read a bracket inside a bracket as Ruby does, up to the first `]`: `a[b[0].c]` is a[b["0"]].c
  '{% case nil %}{% when site.data.fz.lookup[page.people[0].team] %}a{% else %}b{% endcase %}{% case site.data.fz.lookup[page.people[0].team] %}{% when nil %}c{% else %}d{% endcase %}{% case 1 %}{% when page.nums[page.nums[0]], 1 %}e{% endcase %}',
];

/** The templates of the fixed set: the seed's random ones, then CASES. */
export function fixedTemplates(): string[] {
  return [...generateTemplates(FIXED_SEED, FIXED_COUNT), ...CASES];
}

/** expected.json: each template and what Jekyll made of it (its output, or the error that failed the build). */
export interface Expected {
  seed: number;
  count: number;
  pages: Array<{ template: string; jekyll: string } | { template: string; error: string }>;
}
