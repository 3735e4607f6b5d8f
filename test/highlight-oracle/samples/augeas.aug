(* Lens for a simple key = value file *)
module Simple =
  autoload xfm

let eol = Util.eol
let comment = Util.comment
let sep = del /[ \t]*=[ \t]*/ " = "
let key_re = /[A-Za-z][A-Za-z0-9_.-]*/
let value = store /[^ \t\n#][^\n#]*[^ \t\n#]|[^ \t\n#]/

(* an entry: key = value *)
let entry = [ key key_re . sep . value . eol ]
let lns = ( comment | Util.empty | entry )*

let filter = incl "/etc/simple.conf"
           . incl "/etc/simple.d/*.conf"
           . Util.stdexcl

let xfm = transform lns filter
test lns get "name = kiln\n" = { "name" = "kiln" }
