def s = "double \"quoted\" string"
def t = 'single \'quoted\' string'
def u = "unclosed
def v = 'unclosed \
  continued'
def w = """triple
  "double" ${x}
"""
def x = '''triple
single'''
def re = /[a-z]+\/\d/
def ratio = a / b / c
def half = a / 2
def ds = $/dollar $/ slashy $$ $ /$
def ch = '
'
def gs = "${name.toUpperCase()} and $foo.bar"
def esc = "a\\" + "b\\\\"
def odd = "x\" y
println "end"
