#= block #= nested =# still =# x = 1 # comment
function Base.show(io::IO, x::Point{T}) where T <: Real
    println(io, "Point($(x.x), $x, $(y + 1)) %-10.3d \$ \u00e9 \x41 \101 \N{pi} \q")
end
function (+)(a, b) end; function +(a) end; function ünï() end
mutable struct Foo{T} <: Bar end; abstract type Shape end; primitive type P 32 end
mutablestruct forouter for outer i in 1:n; end
y = A' + B[1]' + (x)'' + 'a' + '\n' + '\x41' + '\u00e9' + 'ab' + 'π'
z = .5 + 1. + 1_000.5 + 1e3 + 2.5f0 + 1_0e2 + 0b1_0 + 0o17 + 0xff_ff + 1_000 + 2x
s = :sym ∈ xs ≤ 3 ÷ 2 ≠ 1 ? push!(v, π) : ℯ^im * Inf32 \ NaN
v = Int64(1) + Intx + endx + @time(f.(x)) + @. x + `ls -la` + I"x" + L"y" + E"z" + raw"a\b"
emoji = 😀 + a b
function
    spread(x) end
