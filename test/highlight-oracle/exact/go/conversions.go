package main

func convert(b []byte, s string, x float64, r rune) {
	str := string(b)
	bs := []byte(s)
	n := int64(x)
	i := int(x)
	u := uint8(i) + uint(n)
	f := float32(i) * float64(n)
	c := complex128(complex(1, 2))
	rs := []rune(s)
	e := error(nil)
	var any interface{} = bool(true)
	p := uintptr(0)
	_ = byte('a')
	m := map[string]int{}
	ch := make(chan int32, len(bs))
	v, ok := any.(string)
	type MyInt int
	strings := stringer(b) // a name that starts with a type's
	int64Val, integer := x, ints
	println(str, bs, n, i, u, f, c, rs, e, p, m, ch, v, ok, cap(bs), new(int))
}
