def f():
    x = {
:"""docstring after a colon at a line's start"""
:  r"""raw one
spanning lines"""
: u'''not this one'''
  :"""nor this (not at the line's start)"""
    }
nested = f"{f'{inner!s}'} {x:{'>' if a else '<'}10} {'{'} {y!a} {z!x} {w:%Y-%m-%d %H:%M}"
deep = f"{a:{b:{c}}}" f'{ {"k": 1}["k"] }' f"""{
    value
}""" f"{x=}" f"{x = }"
quotes = "a"""b" + 'c''''d' + "e""" + "f"
braces = "{not} {{f}}" + b"{x}" + rb"{y}" + u"{z}"
unicode_prefix = ub'no' + bu"x" + fb"y"
odd = "tab\there" 'ünïcode é' "emoji 🎉 \🎉" r"trailing\\" "\
"
f"{x!}" f"{!r}" f"{:}" f"{}" f"}" f"{{}}" f"{x}}"
f'{d["key"]}' f"{d['k']:>{w}}" f"{'\n'.join(lines)}"
