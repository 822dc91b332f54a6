// Applied at every start-up; every statement is idempotent (IF NOT EXISTS).
// Every node carries the label Entity plus the label of its kind; ids are unique per label and across all.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (n:Partner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT workshop_id IF NOT EXISTS FOR (n:Workshop) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT steering_committee_meeting_id IF NOT EXISTS FOR (n:SteeringCommitteeMeeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT risk_theme_id IF NOT EXISTS FOR (n:RiskTheme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName);
CREATE INDEX entity_date IF NOT EXISTS FOR (n:Entity) ON (n.dateIso);
CREATE INDEX country_iso IF NOT EXISTS FOR (n:Country) ON (n.isoCode);
// Full-text search over names, aliases and descriptions; standard-folding drops accents so "durres" finds "Durrës".
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
