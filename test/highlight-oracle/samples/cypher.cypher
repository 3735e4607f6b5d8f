// Friends-of-friends recommendations
MATCH (me:Person {name: 'Alice'})-[:KNOWS]->(friend:Person)-[:KNOWS]->(fof:Person)
WHERE NOT (me)-[:KNOWS]->(fof) AND me <> fof
WITH fof, count(DISTINCT friend) AS mutual, collect(friend.name)[0..3] AS via
WHERE mutual >= 2
RETURN fof.name AS suggestion, mutual, via
ORDER BY mutual DESC, suggestion ASC
LIMIT 10;

/* Load people from CSV */
LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row
MERGE (p:Person {id: toInteger(row.id)})
  ON CREATE SET p.name = row.name, p.since = date(row.joined)
  ON MATCH SET p.updated = timestamp();

MATCH (a:Person), (b:Person)
WHERE a.id = 1 AND b.id IN [2, 3, 5]
CREATE (a)-[r:KNOWS {weight: 0.75}]->(b)
RETURN type(r), r.weight;

CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
MATCH p = shortestPath((a:Person {name: "Alice"})-[*..6]-(b:Person {name: "Dan"}))
RETURN length(p), [n IN nodes(p) | n.name] AS names;
