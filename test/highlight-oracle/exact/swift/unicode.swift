queue.push 名前(0x1F)
print é(1)
letça name: String
let ñ = 1
varñ(x)
