x := `unclosed raw
y := 1
