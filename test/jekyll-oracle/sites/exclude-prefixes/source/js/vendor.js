hi js/vendor.js
