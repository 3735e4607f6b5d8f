import { htmlWriter, type TokenClass } from './lexer.js';

// A lexer as a stack of states, each a list of rules tried in order at the scan position: the
// model of Rouge's and Pygments' lexers, for languages whose classes depend on what came before
// (a `/` that starts a regex after an operator and divides after a name, `#{…}` in a string).

/** What a rule's action can do: give classes to the match and move between states. */
export interface Machine {
  /** The whole match, or `text`, in one class. */
  token(cls: TokenClass, text?: string): void;
  /** Group i + 1 of the match in class i (a group that did not match gives nothing). */
  groups(...classes: TokenClass[]): void;
  push(state: string | State): void;
  pop(): void;
  /** Replaces the state on top of the stack. */
  goto(state: string): void;
  /** Whether the state on top is `name`. */
  on(name: string): boolean;
  readonly match: RegExpExecArray;
  /** Scratch data a language keeps during one block (heredocs waiting for their body). */
  readonly data: Record<string, unknown>;
}

export type Action = (m: Machine) => void;

/** A rule: a pattern (matched where the scan stands) and what it does, or another state's rules. */
export type StateRule = { readonly re: RegExp; readonly act: Action } | { readonly mixin: string };

export interface State {
  readonly name: string;
  readonly rules: readonly StateRule[];
}

/** A rule's pattern: a regular expression, or its source and flags (a RegExp made only when used). */
export type Pattern = Pick<RegExp, 'source' | 'flags'>;

/**
 * A rule that gives its match one class and then pushes `next`, or pops with `'#pop'`. Its sticky
 * RegExp is made when the rule is first tried: a build loads every language and uses few.
 */
export function r(re: Pattern, cls: TokenClass | Action, next?: string): StateRule {
  let sticky: RegExp | undefined;
  const act: Action =
    typeof cls === 'function'
      ? cls
      : (m) => {
          m.token(cls);
          if (next === '#pop') m.pop();
          else if (next) m.push(next);
        };
  return {
    get re() {
      return (sticky ??= new RegExp(re.source, `${re.flags.replace('g', '')}y`));
    },
    act,
  };
}

export const mixin = (name: string): StateRule => ({ mixin: name });

/** A language: its named states, the stack it starts with, and its data's initial values. */
export interface StatefulLanguage {
  readonly states: Readonly<Record<string, readonly StateRule[]>>;
  readonly start: readonly string[];
  readonly data?: () => Record<string, unknown>;
}

/**
 * A language whose states are made at its first use: patterns built from long word lists or
 * Unicode classes cost a build that never highlights the language milliseconds at start-up.
 */
export function lazyLanguage(make: () => StatefulLanguage): StatefulLanguage {
  let made: StatefulLanguage | undefined;
  const language = () => (made ??= make());
  return {
    get states() {
      return language().states;
    },
    get start() {
      return language().start;
    },
    get data() {
      return language().data;
    },
  };
}

const statesByLanguage = new WeakMap<StatefulLanguage, Map<string, State>>();

/** Rules that match nothing several times in a row give up, so a scan always moves on. */
const MAX_EMPTY_STEPS = 5;

/** The machine's match before its first step. */
const NO_MATCH = Object.assign([''], { index: 0, input: '' }) as RegExpExecArray;

/**
 * A lexer for `language` that keeps its stack from one text to the next until reset (as Rouge's
 * `continue_lex`: a console's commands are one shell script across its prompts). A character no
 * rule matches is an error token (`err`), as in Rouge.
 */
export function statefulLexer(language: StatefulLanguage) {
  let known = statesByLanguage.get(language);
  if (!known) statesByLanguage.set(language, (known = new Map()));
  const states = known;
  // Each state once per language: a push or goto per token made one otherwise.
  const named = (name: string): State => {
    let state = states.get(name);
    if (state) return state;
    const rules = language.states[name];
    if (!rules) throw new Error(`no lexer state ${name}`);
    const own: NamedState = { name, rules, runs: null };
    states.set(name, (state = own));
    return state;
  };
  let stack: State[] = [];
  let data: Record<string, unknown> = {};
  const reset = () => {
    stack = language.start.map(named);
    data = language.data?.() ?? {};
  };
  reset();
  const lex = (code: string, emit: (cls: TokenClass, text: string) => void): void => {
    let pos = 0;
    let emptySteps = 0;
    // `match` is a field set at each step, not a getter: with a getter in this literal, each
    // block's machine kept its young objects alive through collections (a stateful lexer spent
    // 1.3 s of 1.9 s in the collector over 60,000 small blocks; 0.05 s without).
    const machine: { -readonly [K in keyof Machine]: Machine[K] } = {
      token: (cls, text) => emit(cls, text ?? machine.match[0]),
      groups: (...classes) => {
        for (const [i, cls] of classes.entries()) emit(cls, machine.match[i + 1] ?? '');
      },
      push: (state) => stack.push(typeof state === 'string' ? named(state) : state),
      pop: () => {
        stack.pop();
        if (stack.length === 0) stack.push(named(language.start[0]!));
      },
      goto: (state) => {
        stack[stack.length - 1] = named(state);
      },
      on: (name) => stack.at(-1)!.name === name,
      match: NO_MATCH,
      data,
    };
    const step = (state: State): boolean => {
      // A state of this language keeps its runs; one a lexer pushes as it is finds them by its rules.
      const own = state as NamedState;
      const runs =
        own.runs === undefined ? runsOf(language, state.rules) : (own.runs ??= runsOf(language, state.rules));
      for (const run of runs) {
        let re = run.re;
        re.lastIndex = pos;
        let m = re.exec(code);
        if (!m) continue;
        let k = 0;
        if (run.alternatives) {
          while (m[k + 1] === undefined) k++;
          // The run told which rule matches; its own pattern gives the rule's groups.
          if (run.alternatives[k]) {
            re = run.rules[k]!.re;
            re.lastIndex = pos;
            m = re.exec(code)!;
          }
        }
        machine.match = m;
        const length = m[0].length;
        run.rules[k]!.act(machine);
        pos += length;
        if (length > 0) emptySteps = 0;
        else if (++emptySteps > MAX_EMPTY_STEPS) return false;
        return true;
      }
      return false;
    };
    while (pos < code.length) {
      if (!step(stack.at(-1)!)) {
        const char = String.fromCodePoint(code.codePointAt(pos)!);
        emit('err', char);
        pos += char.length;
      }
    }
  };
  return { reset, lex };
}

/** A state made by its name for one language (statesByLanguage), with its runs once they are made. */
interface NamedState extends State {
  runs: readonly Run[] | null;
}

/** Rules with their actions (a state's, its mixins' in place). */
type ActRule = Extract<StateRule, { re: RegExp }>;

/**
 * Rules tried in order as one sticky pattern each run: the rules in a row with the same flags are
 * alternatives of one pattern, each in a group of its own, so a token costs one run of a pattern
 * instead of one per rule tried (JavaScript tries alternatives in order, as the rules are tried).
 * In the run a rule's own groups do not capture (the match is then a short array); the rule that
 * matched is run alone once more for them when it has any (`alternatives[k]`: rule k's groups).
 * A rule that refers to its own groups (`\1`) is a run alone (no `alternatives`).
 */
interface Run {
  readonly re: RegExp;
  readonly rules: readonly ActRule[];
  readonly alternatives?: readonly number[];
}

/**
 * The runs of a list of rules: one for every language that uses a list without mixins (C's
 * strings in M68k), one per language for a list with them, whose mixins are each language's own
 * states (FreeFEM's `case` is C++'s list; a run made for C++ first gave FreeFEM C++'s numbers).
 */
const runsByRules = new WeakMap<readonly StateRule[], readonly Run[]>();
const runsByLanguage = new WeakMap<StatefulLanguage, WeakMap<readonly StateRule[], readonly Run[]>>();

function runsOf(language: StatefulLanguage, rules: readonly StateRule[]): readonly Run[] {
  const shared = runsByRules.get(rules);
  if (shared) return shared;
  let own = runsByLanguage.get(language);
  if (!own) runsByLanguage.set(language, (own = new WeakMap()));
  let runs = own.get(rules);
  if (!runs) {
    runs = makeRuns(expand(language, rules));
    (rules.some((rule) => 'mixin' in rule) ? own : runsByRules).set(rules, runs);
  }
  return runs;
}

/** The rules of a state with each mixin's rules in its place. */
function expand(language: StatefulLanguage, rules: readonly StateRule[], seen = new Set<string>()): ActRule[] {
  return rules.flatMap((rule) => {
    if (!('mixin' in rule)) return [rule];
    if (seen.has(rule.mixin)) return [];
    return expand(language, language.states[rule.mixin]!, new Set(seen).add(rule.mixin));
  });
}

function makeRuns(rules: readonly ActRule[]): Run[] {
  const runs: Run[] = [];
  let row: ActRule[] = [];
  const close = () => {
    if (row.length) runs.push(...combined(row));
    row = [];
  };
  for (const rule of rules) {
    const re = rule.re;
    if (/\\[1-9k]|\(\?<[A-Za-z]/.test(re.source)) {
      close();
      runs.push({ re, rules: [rule] });
    } else {
      if (row.length && row[0]!.re.flags !== re.flags) close();
      row.push(rule);
    }
  }
  close();
  return runs;
}

/** Rules with the same flags as one run, or one run each when the engine refuses the pattern. */
function combined(rules: readonly ActRule[]): Run[] {
  if (rules.length === 1) return [{ re: rules[0]!.re, rules }];
  const sources = rules.map((rule) => withoutCaptures(rule.re.source));
  try {
    return [
      {
        re: new RegExp(sources.map((s) => `(${s.source})`).join('|'), rules[0]!.re.flags),
        rules,
        alternatives: sources.map((s) => s.groups),
      },
    ];
  } catch {
    return rules.map((rule) => ({ re: rule.re, rules: [rule] }));
  }
}

/**
 * A pattern with its groups made non-capturing, and how many it had: each `(` outside a character
 * class, not escaped and not opening `(?:`, a lookaround or a named group (which kiln's patterns do
 * not use; a pattern with one, or a reference to its own groups, is never combined).
 */
function withoutCaptures(source: string): { source: string; groups: number } {
  let out = '';
  let groups = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[++i] ?? '');
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] !== '?') {
      groups++;
      out += '(?:';
      continue;
    }
    out += c;
  }
  return { source: out, groups };
}

/** `code` as HTML in `language`. */
export function lexStateful(code: string, language: StatefulLanguage): string {
  const out = htmlWriter();
  statefulLexer(language).lex(code, out.emit);
  return out.html();
}
