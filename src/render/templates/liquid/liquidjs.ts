import { createRequire } from 'node:module';
import type * as L from 'liquidjs';

// liquidjs ships one CommonJS file for Node (its "module" build is for bundlers). Imported, Node
// first scans that file's 5,000 lines for export names, which costs several times the load
// itself; required, it loads in about a fifth of the time. kiln takes liquidjs from here alone.
const liquidjs = createRequire(import.meta.url)('liquidjs') as typeof L;

export const {
  CaseTag,
  Context,
  defaultOperators,
  Drop,
  evalToken,
  ForTag,
  Hash,
  IncludeTag,
  Liquid,
  LiquidError,
  LookupType,
  Tag,
  TokenizationError,
  Tokenizer,
  TokenKind,
  toValue,
  toValueSync,
  TypeGuards,
  Value,
} = liquidjs;
// The classes and the enum above are also types.
export type CaseTag = L.CaseTag;
export type Context = L.Context;
export type Drop = L.Drop;
export type ForTag = L.ForTag;
export type Hash = L.Hash;
export type IncludeTag = L.IncludeTag;
export type Liquid = L.Liquid;
export type LiquidError = L.LiquidError;
export type LookupType = L.LookupType;
export type Tag = L.Tag;
export type TokenizationError = L.TokenizationError;
export type Tokenizer = L.Tokenizer;
export type TokenKind = L.TokenKind;
export type Value = L.Value;
export type { Emitter, FS, Parser, TagToken, Template, TopLevelToken } from 'liquidjs';
