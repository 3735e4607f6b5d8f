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

/** Rules that match nothing several times in a row give up, so a scan always moves on. */
const MAX_EMPTY_STEPS = 5;

/**
 * A lexer for `language` that keeps its stack from one text to the next until reset (as Rouge's
 * `continue_lex`: a console's commands are one shell script across its prompts). A character no
 * rule matches is an error token (`err`), as in Rouge.
 */
export function statefulLexer(language: StatefulLanguage) {
  const named = (name: string): State => {
    const rules = language.states[name];
    if (!rules) throw new Error(`no lexer state ${name}`);
    return { name, rules };
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
    let match: RegExpExecArray | null = null;
    const machine: Machine = {
      token: (cls, text) => emit(cls, text ?? match![0]),
      groups: (...classes) => {
        for (const [i, cls] of classes.entries()) emit(cls, match![i + 1] ?? '');
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
      get match() {
        return match!;
      },
      data,
    };
    const step = (rules: readonly StateRule[]): boolean => {
      for (const rule of rules) {
        if ('mixin' in rule) {
          if (step(language.states[rule.mixin]!)) return true;
          continue;
        }
        const re = rule.re;
        re.lastIndex = pos;
        const m = re.exec(code);
        if (!m) continue;
        match = m;
        rule.act(machine);
        pos += m[0].length;
        if (m[0].length > 0) emptySteps = 0;
        else if (++emptySteps > MAX_EMPTY_STEPS) return false;
        return true;
      }
      return false;
    };
    while (pos < code.length) {
      if (!step(stack.at(-1)!.rules)) {
        const char = String.fromCodePoint(code.codePointAt(pos)!);
        emit('err', char);
        pos += char.length;
      }
    }
  };
  return { reset, lex };
}

/** `code` as HTML in `language`. */
export function lexStateful(code: string, language: StatefulLanguage): string {
  const out = htmlWriter();
  statefulLexer(language).lex(code, out.emit);
  return out.html();
}
