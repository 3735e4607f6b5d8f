// Package x does things.
package x // trailing

/* block */ /** doc */ /* multi
   line */
//go:generate stringer -type=Kind
/* nested /* not */ still */
func f() {} //
x := a /* mid */ + b
y := a / b /= c // ops
z := a //b
