// Applied at every start-up; every statement is idempotent (IF NOT EXISTS).
// Every node carries the label Entity plus the label of its kind; ids are unique across all. The per-kind id
// constraints and the indexes of `indexed` properties are generated from the model (src/database/modelSchema.ts).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName);
CREATE INDEX entity_date IF NOT EXISTS FOR (n:Entity) ON (n.dateIso);
// Full-text search over names, aliases and descriptions; standard-folding drops accents so "durres" finds "Durrës".
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
// Beside the graph (no Entity label, no relationships, so no query of the graph sees them): API keys, the
// history of changes (one Change node per entity or relationship a change touched) and the ids merged away.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (m:MergedId) REQUIRE m.id IS UNIQUE;
CREATE INDEX change_id IF NOT EXISTS FOR (c:Change) ON (c.changeId);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.entityId);
CREATE INDEX change_from IF NOT EXISTS FOR (c:Change) ON (c.fromId);
CREATE INDEX change_to IF NOT EXISTS FOR (c:Change) ON (c.toId);
CREATE INDEX change_reverts IF NOT EXISTS FOR (c:Change) ON (c.reverts);
// Answers of writes made with an Idempotency-Key (header), kept 24 hours: one per API key, key and mutation field.
CREATE CONSTRAINT idempotent_request IF NOT EXISTS FOR (r:IdempotentRequest) REQUIRE (r.apiKeyId, r.key, r.path) IS UNIQUE;
CREATE INDEX idempotent_request_at IF NOT EXISTS FOR (r:IdempotentRequest) ON (r.at);
