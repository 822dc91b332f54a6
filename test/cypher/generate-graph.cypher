// Test fixture: a generated graph ($regions regions, $countries countries, $cities cities, two workshops
// per city, three of $themes themes per workshop). Ids start with "gen-" so delete-generated.cypher finds them.
UNWIND range(1, $regions) AS r
CREATE (:Entity:Region {id: 'region:gen-' + r, kind: 'Region', name: 'Generated region ' + r, sortName: 'generated region ' + r, aliases: [], evidenceSourceIds: [], evidenceExcerpts: []})
WITH count(*) AS _
UNWIND range(1, $themes) AS t
CREATE (:Entity:RiskTheme {id: 'theme:gen-' + t, kind: 'RiskTheme', name: 'Generated theme ' + t, sortName: 'generated theme ' + t, aliases: [], evidenceSourceIds: [], evidenceExcerpts: []})
WITH count(*) AS _
UNWIND range(1, $countries) AS c
MATCH (region:Region {id: 'region:gen-' + (c % $regions + 1)})
CREATE (:Entity:Country {id: 'country:gen-' + c, kind: 'Country', name: 'Generated country ' + c, sortName: 'generated country ' + c, aliases: [], evidenceSourceIds: [], evidenceExcerpts: []})-[:PART_OF {basis: 'REFERENCE', evidenceSourceIds: [], evidenceExcerpts: []}]->(region)
WITH count(*) AS _
UNWIND range(1, $cities) AS i
MATCH (country:Country {id: 'country:gen-' + (i % $countries + 1)})
CREATE (city:Entity:City {id: 'city:gen-' + i, kind: 'City', name: 'Generated city ' + right('0000' + i, 4), sortName: 'generated city ' + right('0000' + i, 4), aliases: [], evidenceSourceIds: [], evidenceExcerpts: []})-[:LOCATED_IN {basis: 'SOURCE', evidenceSourceIds: [], evidenceExcerpts: []}]->(country)
WITH city, i
UNWIND [1, 2] AS w
CREATE (workshop:Entity:Workshop {id: 'workshop:gen-' + i + '-' + w, kind: 'Workshop', name: 'Generated workshop ' + i + '-' + w, sortName: 'generated workshop ' + i + '-' + w, aliases: [], workshopKind: 'IN_COUNTRY_TRAINING', status: 'HELD', evidenceSourceIds: [], evidenceExcerpts: []})-[:HELD_IN {basis: 'SOURCE', evidenceSourceIds: [], evidenceExcerpts: []}]->(city)
WITH workshop, i, w
UNWIND [0, 1, 2] AS k
MATCH (theme:RiskTheme {id: 'theme:gen-' + ((i + w + k * 4) % $themes + 1)})
CREATE (workshop)-[:COVERED {basis: 'SOURCE', evidenceSourceIds: [], evidenceExcerpts: []}]->(theme)
RETURN count(*) AS created
