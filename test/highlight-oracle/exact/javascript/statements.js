#!/usr/bin/env node
'use strict';
import React, { useState } from "react";
export default class App extends React.Component {
  static defaults = { a: 1 };
  constructor(props) { super(props); this.state = { open: false, 'k': [1, 2] }; }
  get value() { return this._v ?? 0; }
}
outer:
for (let i = 0; i < 10; i++) {
  if (i % 2) continue outer;
}
switch (x) {
  case "a": y = x ? b : c; break;
  default: z = { d: 1, e: { f: 2 } };
}
const re = /[a-z/]+\d{2,3}(?:x|y)?$/gi, half = total / 2 / n;
return /unclosed
s.replace(/\s+/g, ' ').split(/[,;]/);
const t = `a ${b + `nested ${c}`} \` \${d} $e`;
let n = 0x1F + 0o17 + 0b101 + 1.5e3 + .5 + 1e5 + 10n + 1_000;
"esc \n \t \' \\ \x41" + 'single \' " ' + "unclosed
@decorator({ a: 1 })
class X {}
a?.b?.[0] ?? c; d ||= e; f &&= g;
x = a
/ 2;
<!-- old comment
async function* gen() { yield* other(); await p; }
  #! not at the start
