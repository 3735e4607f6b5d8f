-- A small class
local Counter = {}
Counter.__index = Counter

function Counter.new(name, start)
  local self = setmetatable({}, Counter)
  self.name = name
  self.count = start or 0
  return self
end

--[[ Adds to the count
     and returns it. ]]
function Counter:bump(by)
  self.count = self.count + (by or 1)
  return self.count
end

local c = Counter.new("hits", 0x10)
for i = 1, 3 do
  c:bump(i * 2.5)
end
if c.count > 10 and not false then
  print(string.format("%s = %d", c.name, c.count), nil, true)
end
