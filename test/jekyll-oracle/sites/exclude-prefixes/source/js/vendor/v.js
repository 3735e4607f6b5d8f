hi js/vendor/v.js
