// Test helper: removes what a curation test made: entities $ids (with their relationships), merged ids $ids,
// and the Change, IdempotentRequest and ApiKey nodes of the keys named $keyNames.
CALL () { UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n }
CALL () { UNWIND $ids AS id MATCH (m:MergedId {id: id}) DELETE m }
CALL () { MATCH (c:Change) WHERE c.by IN $keyNames DELETE c }
CALL () { MATCH (k:ApiKey), (r:IdempotentRequest {apiKeyId: k.id}) WHERE k.name IN $keyNames DELETE r }
CALL () { MATCH (k:ApiKey) WHERE k.name IN $keyNames DELETE k }
RETURN true AS done
