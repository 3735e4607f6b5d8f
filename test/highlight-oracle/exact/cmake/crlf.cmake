set(X 1)
if (X)
  message("a
b")
endif()
${x
"
