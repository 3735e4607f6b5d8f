let rec x = a? . b+ | c - d ; e : f 12 "s\"t" /a\/b/ Mod.Sub.name Foo (* c *) label "x" = 1
module A = autoload b
