% not closed
`tick
y` <- 1
 a