// Test fixture: a region whose member count a source dates (as of June 2019) and a summit of three days, stored
// as the importer stores dated counts and partial dates; delete-test-entities.cypher removes them.
UNWIND [
  {id: 'region:test-dated-count', kind: 'Region', name: 'Test region',
   props: {memberCityCount: 12, memberCityCountQualifier: 'AROUND', memberCityCountAsOf: '2019-06'}},
  {id: 'summit:test-three-days', kind: 'Summit', name: 'Test summit',
   props: {status: 'HELD', dateYear: 2019, dateMonth: 6, dateDay: 3, datePrecision: 'DAY', dateIso: '2019-06-03',
           endDateYear: 2019, endDateMonth: 6, endDateDay: 5, endDatePrecision: 'DAY', endDateIso: '2019-06-05'}}
] AS e
CREATE (n:Entity {id: e.id, kind: e.kind, name: e.name, sortName: toLower(e.name), aliases: [], aliasText: '',
  evidenceSourceIds: ['source:scn-western-balkans-workshop-durres'], evidenceKinds: ['EXCERPT'], evidenceExcerpts: ['test'],
  evidenceStatements: [''], evidenceLocators: ['']})
SET n += e.props
SET n:$(e.kind)
RETURN n.id AS id
