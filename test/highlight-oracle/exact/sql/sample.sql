-- Top users by events per hour
CREATE TABLE events (
  id BIGINT PRIMARY KEY,
  user_name VARCHAR(64) NOT NULL,
  amount DECIMAL(10, 2) DEFAULT 0.0,
  created_at TIMESTAMP
);

/* Aggregate with a window */
SELECT user_name, COUNT(*) AS n, SUM(amount) AS total
FROM events e
LEFT JOIN users u ON u.name = e.user_name
WHERE created_at > '2017-01-01' AND amount >= 10
GROUP BY user_name
HAVING COUNT(*) > 5
ORDER BY total DESC
LIMIT 20;

INSERT INTO events VALUES (1, 'it''s me', 3.14, NULL);
UPDATE users SET active = TRUE WHERE id IN (1, 2, 3);
