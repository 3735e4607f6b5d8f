#!/usr/bin/env lua
-- comment
--[==[ long
comment ]==] x = 1
--[[ unclosed
local s = [[long
string]] .. [=[a]]b]=]
local t = {1, 2.5, 2.5', .5', 3., 1e10, 1E-3, 0x1F, 0X, 0xzz, 5e}
print(_G, _VERSION, _g, string.format("%d", 1), math.pi.x, a.b.c, io.write)
function M.new(self) return self end
function obj:method(x) end
function (x) end
local f = function() end
function
  spaced() end
function 1bad() end
if a and b or not c then elseif andx then end
while true do break end repeat until false
for i = 1, #t do print(i ~= 2, i == 3, i <= 4, i >= 5, ...) end
s = 'a\n\tb\'c' .. "\"q\" \65\066\1234 \z" .. 'x\n'
s:gsub("(%w+)=(%w+)", "%2=%1")
string.gsub(s, "[^%s]+", print)
x:gsub("a.-b[%]x\\]%d{2,3}(?:x)(?=y)$$", 'r', 1)
x:gsub ( "a" , "b$" )
ünï = é
endé
