package main

import (
	"fmt"
	str "strings"
)

type Kind int

const (
	A Kind = iota
	B
)

type T[K comparable, V any] struct {
	m map[K]V
}

func (t *T[K, V]) Get(k K) (V, bool) {
	v, ok := t.m[k]
	return v, ok
}

func main() {
	defer recover()
	go func() {}()
	for i := range 10 {
		switch {
		case i > 5:
			fallthrough
		default:
			continue
		}
	}
	select {
	case <-time.After(1):
	}
	if x := true; x && !false || nil == nil {
		goto end
	}
end:
	var ifx, forx, gox, typex, nilx, truex, lenx = 1, 2, 3, 4, 5, 6, 7
	fmt.Println(str.ToUpper("x"), ifx, forx, gox, typex, nilx, truex, lenx, min(1, 2), max(3), clear)
}
