x = "never closed #{y}
  z = 1
~r/unclosed
y = """
heredoc never closed
