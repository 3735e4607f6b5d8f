x := "a\
b"
fmt.Println("end\