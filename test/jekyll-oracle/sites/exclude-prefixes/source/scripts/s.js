hi scripts/s.js
