<!DOCTYPE html>
<html lang="en-US">
  <meta charset="utf-8">
  <title>Redirecting&hellip;</title>
  <link rel="canonical" href="https://conf.example.org/speakers.html">
  <script>location="https://conf.example.org/speakers.html"</script>
  <meta http-equiv="refresh" content="0; url=https://conf.example.org/speakers.html">
  <meta name="robots" content="noindex">
  <h1>Redirecting&hellip;</h1>
  <a href="https://conf.example.org/speakers.html">Click here if you are not redirected.</a>
</html>
