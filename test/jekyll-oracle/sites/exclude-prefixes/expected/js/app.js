hi js/app.js
