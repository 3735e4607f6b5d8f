echo 1;
Some text with no dollar <?php echo 2; ?> more
<?= $x ?>
