require π
requireπ "json"
defüber x
classüber Post
p nameé, trueüber, nil你好
=beginé
not a comment
=end
puts "#{nameéa}"
