import { createRequire } from 'node:module';
import type * as L from 'liquidjs';
import { RubyFloat } from '../../../shared/ruby-float.js';

// liquidjs ships one CommonJS file for Node (its "module" build is for bundlers). Imported, Node
// first scans that file's 5,000 lines for export names, which costs several times the load
// itself; required, it loads in about a fifth of the time. kiln takes liquidjs from here alone.
const liquidjs = createRequire(import.meta.url)('liquidjs') as typeof L;

export const {
  analyzeSync,
  CaptureTag,
  CaseTag,
  Context,
  CycleTag,
  defaultOperators,
  Drop,
  evalToken,
  Expression,
  ForTag,
  Hash,
  IfTag,
  IncludeTag,
  isTruthy,
  Liquid,
  LiquidError,
  LookupType,
  Output,
  RenderError,
  Tag,
  TokenizationError,
  Tokenizer,
  TokenKind,
  toValue,
  toValueSync,
  TypeGuards,
  UndefinedVariableError,
  UnlessTag,
  Value,
} = liquidjs;
// Liquid's float literals (`1.0`, `-0.0`, `1.`) are Ruby Floats: liquidjs reads every number
// literal as a JavaScript number, so a whole one with a point is made a RubyFloat, which prints
// `1.0` (shared/ruby-float.ts). Ruby also reads digits with more points as the float they begin
// with (`1.2.3` is 1.2, after a warning), where liquidjs reads a variable. Done once, on the
// tokenizer every template and expression is read with.
const readNumber = Tokenizer.prototype.readNumber;
const NumberToken = readNumber.call(new Tokenizer('1'))!.constructor as new (
  input: string,
  begin: number,
  end: number,
  file?: string,
) => L.NumberToken;
const POINTS = /-?\d+\.\d*\.[\d.]*(?=[\s,|}%)\]]|$)/y;
Tokenizer.prototype.readNumber = function (this: L.Tokenizer) {
  let token = readNumber.call(this);
  if (!token) {
    POINTS.lastIndex = this.p;
    const m = POINTS.exec(this.input);
    if (!m || this.p + m[0].length > this.N) return token;
    token = new NumberToken(this.input, this.p, this.p + m[0].length, this.file);
    token.content = Number.parseFloat(m[0]);
    this.p += m[0].length;
  }
  if (Number.isInteger(token.content) && token.getText().includes('.'))
    (token as { content: unknown }).content = new RubyFloat(token.content);
  // An Integer has no -0: `-0` is 0 (`-0 | times: 1.0` is 0.0).
  else if (Object.is(token.content, -0)) token.content = 0;
  return token;
};

// The classes and the enum above are also types.
export type CaseTag = L.CaseTag;
export type CycleTag = L.CycleTag;
export type Context = L.Context;
export type Drop = L.Drop;
export type ForTag = L.ForTag;
export type Hash = L.Hash;
export type IncludeTag = L.IncludeTag;
export type Liquid = L.Liquid;
export type LiquidError = L.LiquidError;
export type LookupType = L.LookupType;
export type Output = L.Output;
export type Tag = L.Tag;
export type TokenizationError = L.TokenizationError;
export type Tokenizer = L.Tokenizer;
export type TokenKind = L.TokenKind;
export type Value = L.Value;
export type Expression = L.Expression;
export type {
  Emitter,
  Filter,
  FS,
  Parser,
  PropertyAccessToken,
  TagToken,
  Template,
  Token,
  TopLevelToken,
} from 'liquidjs';
