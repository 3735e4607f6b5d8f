gsub("a
b" 'q')
function