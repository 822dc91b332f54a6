// The sources named by pieces of evidence, as the evidence rules need them (ids not found are left out).
UNWIND $ids AS id
MATCH (s:Entity:Source {id: id})
RETURN s.id AS id, s.file AS file, s.address AS address, s.title AS title, s.publisher AS publisher
