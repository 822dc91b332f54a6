// Puts relationship $from -$type-> $to back to a recorded state ($properties, all of them), or takes it away
// ($properties null). Type checked against the model by the caller. Returns whether both ends exist.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND $properties IS NOT NULL
  MERGE (a)-[x:$($type)]->(b)
  SET x = $properties
  RETURN count(x) AS merged
}
CALL (a, b) {
  WITH a, b WHERE $properties IS NULL
  OPTIONAL MATCH (a)-[x:$($type)]->(b)
  DELETE x
  RETURN count(x) AS deleted
}
RETURN a IS NOT NULL AND b IS NOT NULL AS endsExist
