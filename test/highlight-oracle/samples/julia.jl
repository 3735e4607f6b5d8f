# Word frequencies
module Words

export countwords

"""
    countwords(text)

Counts each word.
"""
function countwords(text::AbstractString)
    counts = Dict{String,Int}()
    for w in split(text)
        counts[w] = get(counts, w, 0) + 1
    end
    return counts
end

ratio = 0.5 * 2
flags = [true, false, nothing]
println("ratio: $ratio, ", length(flags))
end
