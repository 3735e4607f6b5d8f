-- Daily page views by country
CREATE EXTERNAL TABLE IF NOT EXISTS page_views (
  view_time TIMESTAMP,
  user_id   BIGINT,
  url       STRING,
  country   STRING
)
PARTITIONED BY (dt STRING)
STORED AS PARQUET
LOCATION '/data/page_views';

INSERT OVERWRITE TABLE daily_views PARTITION (dt = '2024-06-01')
SELECT country, COUNT(*) AS views, COUNT(DISTINCT user_id) AS users
FROM page_views
WHERE dt = "2024-06-01" AND url LIKE '%/blog/%'
GROUP BY country
HAVING views > 100
ORDER BY views DESC
LIMIT 10;
