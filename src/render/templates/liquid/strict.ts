// Ruby Liquid 5.4's strict parser (Lexer and Parser), which Jekyll's `warn` error mode tries
// before the lax one: its lexer skips blanks between tokens, so `page .title`, `page[ "tags" ]`
// and `(1 .. 7)` are `page.title`, `page["tags"]` and `(1..7)`. liquidjs does not skip them.

type TokenType =
  | 'comparison'
  | 'string'
  | 'number'
  | 'id'
  | 'dotdot'
  | 'pipe'
  | 'dot'
  | 'colon'
  | 'comma'
  | 'open_square'
  | 'close_square'
  | 'open_round'
  | 'close_round'
  | 'question'
  | 'dash'
  | 'end';

type Token = { type: TokenType; text: string; begin: number; end: number };

const SPECIALS: Record<string, TokenType> = {
  '|': 'pipe',
  '.': 'dot',
  ':': 'colon',
  ',': 'comma',
  '[': 'open_square',
  ']': 'close_square',
  '(': 'open_round',
  ')': 'close_round',
  '?': 'question',
  '-': 'dash',
};

// Ruby's patterns, anchored (sticky) at the scanner's place; Ruby's \s and \w are ASCII only.
const BLANKS = /[ \t\r\n\f\v]*/y;
const LEXEMES: [TokenType, RegExp][] = [
  ['comparison', /==|!=|<>|<=?|>=?|contains(?=[ \t\r\n\f\v])/y],
  ['string', /'[^']*'|"[^"]*"/y],
  ['number', /-?\d+(?:\.\d+)?/y],
  ['id', /[a-zA-Z_][\w-]*\??/y],
  ['dotdot', /\.\./y],
];

/** The markup's tokens as Ruby Liquid's Lexer reads them; Rejected where it meets a character it does not know. */
function lex(markup: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (;;) {
    BLANKS.lastIndex = at;
    BLANKS.exec(markup);
    at = BLANKS.lastIndex;
    if (at >= markup.length) break;
    let token: Token | undefined;
    for (const [type, pattern] of LEXEMES) {
      pattern.lastIndex = at;
      const m = pattern.exec(markup);
      if (m) {
        token = { type, text: m[0], begin: at, end: at + m[0].length };
        break;
      }
    }
    const special = SPECIALS[markup[at]!];
    if (!token && !special) throw new Rejected(`Unexpected character ${String.fromCodePoint(markup.codePointAt(at)!)}`);
    token ??= { type: special!, text: markup[at]!, begin: at, end: at + 1 };
    tokens.push(token);
    at = token.end;
  }
  tokens.push({ type: 'end', text: '', begin: markup.length, end: markup.length });
  return tokens;
}

/** Ruby's SyntaxError from its strict parser, with Ruby's message. */
class Rejected extends Error {}

/** A token as Ruby names its type in messages (`end_of_string`, not `end`). */
function typeName(type: TokenType): string {
  return type === 'end' ? 'end_of_string' : type;
}

/** A token as Ruby's Array#to_s prints it: `[:pipe, "|"]`, `[:end_of_string]` (no token text needs escaping). */
function inspected(token: Token): string {
  return token.type === 'end' ? '[:end_of_string]' : `[:${token.type}, "${token.text}"]`;
}

/** Ruby's Parser over the tokens, noting where each outermost expression begins and ends. */
class Parser {
  private p = 0;
  private depth = 0;
  readonly expressions: [number, number][] = [];
  constructor(private readonly tokens: Token[]) {}

  consume(type?: TokenType): Token {
    const token = this.tokens[this.p]!;
    if (type && token.type !== type) throw new Rejected(`Expected ${typeName(type)} but found ${typeName(token.type)}`);
    this.p++;
    return token;
  }

  consumeIf(type: TokenType): boolean {
    if (this.tokens[this.p]?.type !== type) return false;
    this.p++;
    return true;
  }

  id(name: string): boolean {
    const token = this.tokens[this.p];
    if (token?.type !== 'id' || token.text !== name) return false;
    this.p++;
    return true;
  }

  look(type: TokenType, ahead = 0): boolean {
    return this.tokens[this.p + ahead]?.type === type;
  }

  expression(): void {
    const first = this.p;
    this.depth++;
    const token = this.consume();
    if (token.type === 'id') this.lookups();
    else if (token.type === 'open_square') {
      this.expression();
      this.consume('close_square');
      this.lookups();
    } else if (token.type === 'open_round') {
      this.expression();
      this.consume('dotdot');
      this.expression();
      this.consume('close_round');
    } else if (token.type !== 'string' && token.type !== 'number')
      throw new Rejected(`${inspected(token)} is not a valid expression`);
    this.depth--;
    if (this.depth === 0) this.expressions.push([first, this.p]);
  }

  argument(): void {
    if (this.look('id') && this.look('colon', 1)) this.p += 2;
    this.expression();
  }

  private lookups(): void {
    for (;;) {
      if (this.consumeIf('open_square')) {
        this.expression();
        this.consume('close_square');
      } else if (this.consumeIf('dot')) this.consume('id');
      else return;
    }
  }

  /** The markup with the blanks inside each expression left out (outside them, as written). */
  squeezed(markup: string): string {
    let out = '';
    let at = 0;
    for (const [first, last] of this.expressions) {
      const tokens = this.tokens.slice(first, last);
      out += markup.slice(at, tokens[0]!.begin) + tokens.map((t) => t.text).join('');
      at = tokens[tokens.length - 1]!.end;
    }
    return out + markup.slice(at);
  }
}

/** What a tag's or output's markup is read as by Ruby's strict parser. */
export type StrictKind = 'variable' | 'condition' | 'for';

const GRAMMAR: Record<StrictKind, (p: Parser) => void> = {
  // Variable#strict_parse: nothing, or a value then `| filter[: argument, …]`s.
  variable(p) {
    if (p.look('end')) return;
    p.expression();
    while (p.consumeIf('pipe')) {
      p.consume('id');
      if (p.consumeIf('colon')) {
        p.argument();
        while (p.consumeIf('comma')) p.argument();
      }
    }
  },
  // If#strict_parse: comparisons joined by `and`/`or`.
  condition(p) {
    do {
      p.expression();
      if (p.consumeIf('comparison')) p.expression();
    } while (p.id('and') || p.id('or'));
  },
  // For#strict_parse: `VAR in EXPRESSION [reversed] [limit: X] [offset: Y]`.
  for(p) {
    p.consume('id');
    if (!p.id('in')) throw new Rejected("For loops require an 'in' clause");
    p.expression();
    p.id('reversed');
    while (p.look('id') && p.look('colon', 1)) {
      if (!p.id('limit') && !p.id('offset'))
        throw new Rejected('Invalid attribute in for loop. Valid attributes are limit and offset');
      p.consume();
      p.expression();
    }
  },
};

/**
 * The markup as Ruby Liquid's strict parser reads it, written with no blanks inside its
 * expressions (`page .title` is `page.title`); undefined when that parser rejects it (Ruby then
 * reads it with its lax one).
 */
export function strictMarkup(kind: StrictKind, markup: string): string | undefined {
  const read = strictRead(kind, markup);
  return typeof read === 'string' ? read : undefined;
}

/**
 * Why Ruby Liquid's strict parser rejects the markup, in its words (`Expected id but found
 * pipe`): what Jekyll's `warn` error mode says before it reads the markup leniently. Undefined
 * when the strict parser reads it.
 */
export function strictRejection(kind: StrictKind, markup: string): string | undefined {
  const read = strictRead(kind, markup);
  return typeof read === 'string' ? undefined : read.rejected;
}

function strictRead(kind: StrictKind, markup: string): string | { rejected: string } {
  try {
    const p = new Parser(lex(markup));
    GRAMMAR[kind](p);
    p.consume('end');
    return p.squeezed(markup);
  } catch (e) {
    if (e instanceof Rejected) return { rejected: e.message };
    throw e;
  }
}
