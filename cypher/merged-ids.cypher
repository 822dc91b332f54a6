// The survivor each of $ids was merged into (ids merged away keep resolving to it); ids never merged are absent.
UNWIND $ids AS id
MATCH (m:MergedId {id: id})
RETURN m.id AS id, m.into AS into
