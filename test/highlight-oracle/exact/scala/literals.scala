val n = 0 + 42 + 42L + 7l + 1_000 + 0xFF + 0XFF + 0x1fL + 017 + 123456789012345L
val d = 3.14 + 3.14f + 2.5D + 1e10 + 1.0e-3 + 6.02E+23 + .5 + 5. + 2d + 10F + 1.5e + 0.0
val s = "hello" + "" + "say \"hi\"" + "tab\tnew\n" + "back\\slash" + "\u00e9" + "ünïcödé ✓"
val i = s"total: ${acc + 1} and $x" + f"$ratio%.2f" + raw"\d+\s"
val m = """multi
  |line "quoted" text""".stripMargin + """one""" + """"quoted""""
val c = List('a', '\n', '\'', '\\', '\u0041', '"', 'é', 'ab')
val sym = List('sym, 'user_id, 'op_+, 'x')
val over = "two
lines"
val last = "the last quote is escaped\";
