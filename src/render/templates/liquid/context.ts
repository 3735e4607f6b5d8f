import { RubyFloat } from '../../../shared/ruby-float.js';
import { hashKeyText } from '../../../shared/yaml-keys.js';
import { charCount, rubyFirst } from '../filters/standard.js';
import { countersOf } from './counters.js';
import { isPlainObject } from './equals.js';
import { Context, type Liquid, toValue } from './liquidjs.js';

// A list's own fields JavaScript gives it and Ruby's Array has not (`list.length`, `list["1"]`).
const JS_ARRAY_KEY = /^(?:length|0|[1-9]\d*)$/;

type Limits = { renderLimit: Context['renderLimit']; memoryLimit: Context['memoryLimit'] };

/**
 * The context kiln renders a Liquid template in. It reads properties as Ruby Liquid's lookups do
 * where liquidjs reads JavaScript's: a text has only `size`, in characters (`"a😀b".size` is 3,
 * not 4; `s.length` and `s[0]` are nil), an Integer's `size` is 8, a Float or a time has no
 * property, a list no `length` or index given as a text, and a hash's `first` is its first
 * [key, value] pair; a hash finds a key as Ruby's Hash#[] does, a number only a key YAML read as
 * that number (`site.data[page.year]` is nil beside `_data/2024.yml`). And a name no variable has may be
 * one of the build's `{% increment %}` counters (`findScope` below).
 */
export class RubyContext extends Context {
  constructor(scope: object, liquid: Liquid, limits?: Limits) {
    super(scope, liquid.options, { sync: true }, { ...limits, liquid });
  }

  override readProperty(obj: object, key: string | number): unknown {
    const name = toValue(key) as unknown;
    const value = obj as unknown;
    if (typeof value === 'string') return name === 'size' ? charCount(value) : undefined;
    if (typeof value === 'number') return name === 'size' && Number.isInteger(value) ? 8 : undefined;
    if (value instanceof RubyFloat || value instanceof Date) return undefined;
    if (Array.isArray(value) && typeof name === 'string' && JS_ARRAY_KEY.test(name)) return undefined;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      // Any other object's keys are text: a number, nil or boolean finds only a YAML mapping's typed key.
      if (typeof name !== 'string') {
        const text = hashKeyText(value, name);
        return text === undefined ? undefined : super.readProperty(obj, text);
      }
      if (isPlainObject(value)) {
        const text = hashKeyText(value, name);
        if (text !== name) return text === undefined ? undefined : super.readProperty(obj, text);
      }
    }
    // A hash's `first` (a map, front matter, a post: a view's prototype is its plain target's) is
    // its first pair, as Ruby's Hash#first; a drop's own `first` (forloop's) is not a hash's.
    if (name === 'first' && isPlainObject(value) && !Object.hasOwn(value, 'first')) return rubyFirst(value);
    return super.readProperty(obj, key);
  }

  // liquidjs's `render` tag renders in a spawned context: one of these too, without the page's variables.
  override spawn(scope: object = {}): Context {
    return new RubyContext(scope, this.liquid as Liquid, {
      renderLimit: this.renderLimit,
      memoryLimit: this.memoryLimit,
    });
  }
}

type Scopes = {
  scopes: object[];
  environments: object;
  globals: object;
  opts: object;
  findScope(key: string): object;
};
const findScope = (Context.prototype as unknown as Scopes).findScope;

// `{{ NAME }}` reads a counter where no variable of that name is set: after the template's own
// variables and the render's, before the engine's globals (Ruby Liquid's environments).
// (liquidjs's types call findScope private, so kiln's class is given its own here.)
(RubyContext.prototype as unknown as Scopes).findScope = function (this: Scopes, key: string) {
  const counters = countersOf(this.opts);
  if (counters?.names.has(key) && !(key in this.environments) && !this.scopes.some((s) => key in s)) {
    const values = counters.current();
    if (values && Object.hasOwn(values, key)) return values;
  }
  const scope = findScope.call(this, key);
  if (counters && scope === this.globals && !(key in scope)) counters.readNames();
  return scope;
};
