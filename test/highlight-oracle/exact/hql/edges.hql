-- Hive variables in code and strings
SELECT ${hivevar:col}, '${env:USER}', "${x}" FROM `db`.`t`;
SELECT 'cost $5 \t more', "cost $5 \n more", '$', "$";
SELECT 'it''s', "a""b", 'ends \
', "\
";
CREATE TABLE t (s STRING, y YEAR, m MAP<STRING,INT>) STORED AS ORC;
select concat(a, b), begin, then, End from t /* a /* nested */ comment */
SELECT 1 -- trailing ünï ✓
SET hive.exec.dynamic.partition.mode=nonstrict; $
SELECT '\😀', "\😀", `\😀`;
'unclosed ${x} $y
${unclosed
