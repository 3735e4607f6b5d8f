var (
	a = 'a'
	b = '\n'
	c = '\''
	d = '\\'
	e = '\x7f'
	f = '\u00e9'
	g = '\U0001F600'
	h = '\101'
	i = 'é'
	j = '😀'
	k = 'ab'
	l = ''
	m = "tab\there \"quoted\" \\ \x41\u00e9\U0001F600"
	n = "\101 octal, \q bad, \8 bad, \z"
	o = "// not a comment /* nor this */"
	p = `raw \n string
over lines "with quotes"`
	q = `json:"name,omitempty"`
	r = "ünïcödé ✓"
)
