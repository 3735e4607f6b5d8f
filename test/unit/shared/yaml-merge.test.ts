import { describe, expect, it } from 'vitest';
import { rubyInspect } from '../../../src/shared/ruby-inspect.js';
import { parseYaml } from '../../../src/shared/yaml.js';

// Each YAML text with what Ruby's Psych (Jekyll's reader) makes of it, as Ruby's `inspect` prints it.
const CASES: [string, string][] = [
  ['b: &b {r: g}\nx:\n  r: 1\n  <<: *b\n  n: 2\n', '{"b"=>{"r"=>"g"}, "x"=>{"r"=>"g", "n"=>2}}'],
  ['x:\n  <<: {r: g}\n  r: 1\n', '{"x"=>{"r"=>1}}'],
  [
    'a: &a {p: 1, q: 2}\nb: &b {q: 3, r: 4}\nx:\n  <<: [*a, *b]\n',
    '{"a"=>{"p"=>1, "q"=>2}, "b"=>{"q"=>3, "r"=>4}, "x"=>{"q"=>2, "r"=>4, "p"=>1}}',
  ],
  ['x:\n  r: 1\n  r: 2\n  <<: {r: 3, z: 0}\n  z: 4\n', '{"x"=>{"r"=>3, "z"=>4}}'],
  ['x:\n  r: 1\n  <<: {r: 3}\n  r: 2\n', '{"x"=>{"r"=>2}}'],
  ['x:\n  <<: {a: 1}\n  <<: {b: 2, a: 3}\n', '{"x"=>{"a"=>3, "b"=>2}}'],
  ['x:\n  <<: 3\n  n: 1\n', '{"x"=>{"<<"=>3, "n"=>1}}'],
  ['x:\n  <<: [{a: 1}, 3]\n', '{"x"=>{"<<"=>[{"a"=>1}, 3]}}'],
  ['x:\n  "<<": {a: 1}\n', '{"x"=>{"a"=>1}}'],
  ['x:\n  !!str <<: {a: 1}\n', '{"x"=>{"<<"=>{"a"=>1}}}'],
  ['x: <<\ny: [<<]\n', '{"x"=>"<<", "y"=>["<<"]}'],
  ['x: [<<: {a: 1}]\n', '{"x"=>[{"a"=>1}]}'],
  ['x:\n  ? <<\n  : {a: 1}\n', '{"x"=>{"a"=>1}}'],
  ['x:\n  3: y\n  <<: {p: 1, 2: x}\n  1: z\n', '{"x"=>{3=>"y", "p"=>1, 2=>"x", 1=>"z"}}'],
  ['a: &a {p: 1}\nb: &b\n  <<: *a\n  p: 2\nc: *b\n', '{"a"=>{"p"=>1}, "b"=>{"p"=>2}, "c"=>{"p"=>2}}'],
];

describe('merge keys (`<<`) as Psych applies them', () => {
  for (const [text, ruby] of CASES)
    it(JSON.stringify(text), () => {
      expect(rubyInspect(parseYaml(text, 'a.yml', 1, true))).toBe(ruby);
    });
});
