  <!DOCTYPE html>
<html>
<head><title><?php echo $title; ?></title>
<script>var data = <?= json_encode($data) ?>; if (a < b) {}</script>
<style>body { color: red; }</style>
</head>
<body>
<?php foreach ($posts as $post): ?>
  <a href="<?php echo $post->url; ?>" class='x'>&amp; <?= $post->title ?></a>
<?php endforeach; ?>
<?PHP if ($x) { ?><b>yes</b><? } ?>
</body>
