#!/usr/bin/env node
// Regexes, divisions and templates
const re = /[a-z/]+\/(?:x|y)\d{2,}/gi, half = total / 2 / count;
if (/^\s*$/.test(line)) return line.split(/,/);
x = a
  /b/g.exec(s);
const big = 123n + 0x1Fn + 0b101 + 0o17 + 017 + .5e-3 + 1. ;
let t = `sum: ${a + `inner ${b}`} and \` $ done`;
class Point extends Base {
  constructor(x, y) { super(x); this.y = y ?? 0; }
  static from(obj) { return new Point(obj.x, obj?.y); }
  get len() { return Math.hypot(this.x, this.y); }
}
async function* gen() { yield* [1, 2]; await delete obj[key]; }
try { JSON.parse(s) } catch (e) { throw new TypeError(`bad: ${e}`) } finally { void 0 }
export default { a: 1, 'b': "two\"", ...rest }; import { x as y } from "./m.js";
const café = 'ü', $el = _private || globalThis.window;
typeof x === 'undefined' && x instanceof Object ? NaN : Infinity;
label: for (const k in obj) { if (!k) continue label; }
a = b
/ c;
var unterminated = 1 /* comment */ / 2; /oops
fn(function() {});
<!-- old comment
