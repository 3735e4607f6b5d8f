hi tools/t.js
