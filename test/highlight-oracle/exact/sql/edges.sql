select `weird``name`, "quoted""id", 'it\'s', 'a''b' from t1day;
SELECT 1day, 2.5e3, x$y, $z, naïve, END-EXEC, {a} /* outer /* inner */ still */ -- done
CREATE TABLE Ünïcode (time TIMESTAMP, location TEXT, interval INTERVAL DAY);
WITH recursive cte AS (SELECT * FROM tbl WHERE a <> b OR c != d AND e ~ 'x%' OR f || g) SELECT @var, #tmp, ?;
insert into t values (NULL, true, FALSE, CURRENT_DATE, 'unterminated
