import { Claim, ClaimValue, parseStoredClaims, renderClaimValue, resolveClaims, ResolvedClaim } from '../../src/model/claims';
import { EVENT_PROPERTIES, KINDS } from '../../src/model/kinds';
import { propertiesOf } from '../../src/model/properties';
import { RELATIONSHIPS } from '../../src/model/relationships';

const WORKSHOP = propertiesOf('Workshop');
const NETWORK = propertiesOf('Network');

/** Claims about one property: [sourceId, value] pairs. */
function claims(property: string, stated: [string, ClaimValue][]): Claim[] {
  return stated.map(([sourceId, value]) => ({ sourceId, property, value }));
}

function only(resolved: ResolvedClaim[], property: string): ResolvedClaim {
  const found = resolved.filter((r) => r.property === property);
  expect(found).toHaveLength(1);
  return found[0];
}

function resolveOne(properties: Parameters<typeof resolveClaims>[0], property: string, stated: [string, ClaimValue][], heldAsText: string[] = []): ResolvedClaim {
  return only(resolveClaims(properties, claims(property, stated), { sourcesHeldAsText: heldAsText }), property);
}

describe('Claims: partial dates', () => {
  test('one date stated by two sources AGREEs, both sources on the one value', () => {
    const r = resolveOne(WORKSHOP, 'date', [['source:b', '2016-05-11'], ['source:a', '2016-05-11']]);
    expect(r).toEqual({ property: 'date', chosen: '2016-05-11', agreement: 'AGREE', values: [{ value: '2016-05-11', sourceIds: ['source:a', 'source:b'], chosen: true }] });
  });

  test('a more precise consistent date REFINES a coarser one, which stays among the values', () => {
    const r = resolveOne(WORKSHOP, 'date', [['source:report', '2016-05'], ['source:announcement', '2016-05-11']]);
    expect(r.agreement).toBe('REFINED');
    expect(r.chosen).toBe('2016-05-11');
    expect(r.values).toEqual([
      { value: '2016-05-11', sourceIds: ['source:announcement'], chosen: true },
      { value: '2016-05', sourceIds: ['source:report'], chosen: false },
    ]);
  });

  test('a year, a month and a day of that month are pairwise consistent: the day is chosen', () => {
    const r = resolveOne(WORKSHOP, 'date', [['source:a', '2016'], ['source:b', '2016-05'], ['source:c', '2016-05-11']]);
    expect(r).toMatchObject({ chosen: '2016-05-11', agreement: 'REFINED' });
  });

  test('different days CONFLICT; with equal support the earliest is chosen and both values stay', () => {
    const r = resolveOne(WORKSHOP, 'date', [['source:b', '2016-05-16'], ['source:a', '2016-05-11']]);
    expect(r.agreement).toBe('CONFLICT');
    expect(r.chosen).toBe('2016-05-11');
    expect(r.values.map((v) => [v.value, v.chosen])).toEqual([['2016-05-11', true], ['2016-05-16', false]]);
  });

  test('the date consistent with most sources wins over a more precise one fewer sources support', () => {
    const r = resolveOne(WORKSHOP, 'date', [['source:a', '2016-05-16'], ['source:b', '2016-05-16'], ['source:c', '2016-05-11']]);
    expect(r).toMatchObject({ chosen: '2016-05-16', agreement: 'CONFLICT' });
    // A month two sources state and a day in it share the most support (3 sources): the more precise day is chosen.
    const month = resolveOne(WORKSHOP, 'date', [['source:a', '2016-05'], ['source:b', '2016-05'], ['source:c', '2016-05-11'], ['source:d', '2016-06-02']]);
    expect(month).toMatchObject({ chosen: '2016-05-11', agreement: 'CONFLICT' });
  });

  test('different years CONFLICT', () => {
    const r = resolveOne(NETWORK, 'launchDate', [['source:a', '2015-09'], ['source:b', '2016']]);
    expect(r).toMatchObject({ chosen: '2015-09', agreement: 'CONFLICT' });
  });
});

describe('Claims: event status', () => {
  test('SCHEDULED then HELD is one HELD event, REFINED, never CONFLICT', () => {
    const r = resolveOne(WORKSHOP, 'status', [['source:announcement', 'SCHEDULED'], ['source:report', 'HELD']]);
    expect(r).toEqual({
      property: 'status',
      chosen: 'HELD',
      agreement: 'REFINED',
      values: [
        { value: 'HELD', sourceIds: ['source:report'], chosen: true },
        { value: 'SCHEDULED', sourceIds: ['source:announcement'], chosen: false },
      ],
    });
  });

  test('HELD wins even when more sources said SCHEDULED', () => {
    const r = resolveOne(WORKSHOP, 'status', [['source:a', 'SCHEDULED'], ['source:b', 'SCHEDULED'], ['source:c', 'HELD']]);
    expect(r).toMatchObject({ chosen: 'HELD', agreement: 'REFINED' });
  });

  test('only SCHEDULED stays SCHEDULED and AGREEs', () => {
    expect(resolveOne(WORKSHOP, 'status', [['source:a', 'SCHEDULED'], ['source:b', 'SCHEDULED']])).toMatchObject({ chosen: 'SCHEDULED', agreement: 'AGREE' });
  });

  test('another enum named status (an initiative stage) follows the ordinary rule: a difference CONFLICTs', () => {
    const r = resolveOne(propertiesOf('Initiative'), 'status', [['source:a', 'IN_DEVELOPMENT'], ['source:b', 'ACTIVE']]);
    expect(r).toMatchObject({ chosen: 'IN_DEVELOPMENT', agreement: 'CONFLICT' });
  });
});

describe('Claims: stated counts', () => {
  test('differently dated counts are a series: the latest asOf is chosen, REFINED', () => {
    const r = resolveOne(NETWORK, 'memberCityCount', [
      ['source:a', { value: 25, qualifier: 'EXACTLY', asOf: '2015-09' }],
      ['source:c', { value: 140, qualifier: 'MORE_THAN', asOf: '2020' }],
      ['source:b', { value: 100, qualifier: 'MORE_THAN', asOf: '2017-05' }],
    ]);
    expect(r.agreement).toBe('REFINED');
    expect(r.chosen).toEqual({ value: 140, qualifier: 'MORE_THAN', asOf: '2020' });
    expect(r.values).toHaveLength(3);
  });

  test('a dated count beats an undated one', () => {
    const r = resolveOne(NETWORK, 'memberCityCount', [['source:a', { value: 200, qualifier: 'MORE_THAN' }], ['source:b', { value: 100, qualifier: 'MORE_THAN', asOf: '2017' }]]);
    expect(r).toMatchObject({ chosen: { value: 100, qualifier: 'MORE_THAN', asOf: '2017' }, agreement: 'REFINED' });
  });

  test('a month refines its year in the series order: "2017" comes before "2017-05"', () => {
    const r = resolveOne(NETWORK, 'memberCityCount', [['source:a', { value: 110, qualifier: 'EXACTLY', asOf: '2017-05' }], ['source:b', { value: 90, qualifier: 'EXACTLY', asOf: '2017' }]]);
    expect(r.chosen).toEqual({ value: 110, qualifier: 'EXACTLY', asOf: '2017-05' });
  });

  test('14 and 15 cities at one workshop (both undated) CONFLICT; both stay', () => {
    const r = resolveOne(WORKSHOP, 'cityCount', [['source:b', { value: 15, qualifier: 'EXACTLY' }], ['source:a', { value: 14, qualifier: 'EXACTLY' }]]);
    expect(r.agreement).toBe('CONFLICT');
    expect(r.chosen).toEqual({ value: 14, qualifier: 'EXACTLY' });
    expect(r.values.map((v) => v.sourceIds)).toEqual([['source:a'], ['source:b']]);
  });

  test('undated member counts (a series) never CONFLICT: 35 and 142 from undated pages stay side by side', () => {
    const r = resolveOne(NETWORK, 'memberCityCount', [['source:a', { value: 35, qualifier: 'EXACTLY' }], ['source:b', { value: 142, qualifier: 'EXACTLY' }]]);
    expect(r.agreement).toBe('REFINED');
    expect(r.values).toHaveLength(2);
  });

  test('equally dated counts that differ CONFLICT', () => {
    const r = resolveOne(NETWORK, 'memberCityCount', [['source:a', { value: 120, qualifier: 'EXACTLY', asOf: '2018' }], ['source:b', { value: 125, qualifier: 'EXACTLY', asOf: '2018' }]]);
    expect(r.agreement).toBe('CONFLICT');
  });

  test('a conflict at an earlier date makes the series CONFLICT, the latest still chosen', () => {
    const r = resolveOne(NETWORK, 'memberCityCount', [
      ['source:a', { value: 120, qualifier: 'EXACTLY', asOf: '2018' }],
      ['source:b', { value: 125, qualifier: 'EXACTLY', asOf: '2018' }],
      ['source:c', { value: 150, qualifier: 'MORE_THAN', asOf: '2021' }],
    ]);
    expect(r).toMatchObject({ agreement: 'CONFLICT', chosen: { value: 150, qualifier: 'MORE_THAN', asOf: '2021' } });
  });

  test('EXACTLY 20 and MORE_THAN 15 are compatible: REFINED, the exact one chosen', () => {
    const r = resolveOne(WORKSHOP, 'participantCount', [['source:a', { value: 15, qualifier: 'MORE_THAN' }], ['source:b', { value: 20, qualifier: 'EXACTLY' }]]);
    expect(r).toMatchObject({ agreement: 'REFINED', chosen: { value: 20, qualifier: 'EXACTLY' } });
  });

  test('EXACTLY 10 and MORE_THAN 15 CONFLICT; so do EXACTLY 30 and FEWER_THAN 30', () => {
    expect(resolveOne(WORKSHOP, 'participantCount', [['source:a', { value: 15, qualifier: 'MORE_THAN' }], ['source:b', { value: 10, qualifier: 'EXACTLY' }]]).agreement).toBe('CONFLICT');
    expect(resolveOne(WORKSHOP, 'participantCount', [['source:a', { value: 30, qualifier: 'FEWER_THAN' }], ['source:b', { value: 30, qualifier: 'EXACTLY' }]]).agreement).toBe('CONFLICT');
  });

  test('MORE_THAN 100 and MORE_THAN 120 refine each other: the narrower is chosen', () => {
    const r = resolveOne(NETWORK, 'memberCityCount', [['source:a', { value: 100, qualifier: 'MORE_THAN' }], ['source:b', { value: 120, qualifier: 'MORE_THAN' }]]);
    expect(r).toMatchObject({ agreement: 'REFINED', chosen: { value: 120, qualifier: 'MORE_THAN' } });
  });

  test('AROUND 10 allows 9 to 11: EXACTLY 11 refines it, EXACTLY 14 conflicts with it', () => {
    expect(resolveOne(WORKSHOP, 'expectedCityCount', [['source:a', { value: 10, qualifier: 'AROUND' }], ['source:b', { value: 11, qualifier: 'EXACTLY' }]])).toMatchObject({
      agreement: 'REFINED',
      chosen: { value: 11, qualifier: 'EXACTLY' },
    });
    expect(resolveOne(WORKSHOP, 'expectedCityCount', [['source:a', { value: 10, qualifier: 'AROUND' }], ['source:b', { value: 14, qualifier: 'EXACTLY' }]]).agreement).toBe('CONFLICT');
  });

  test('the same count with its keys in another order is one value', () => {
    const r = resolveOne(WORKSHOP, 'cityCount', [['source:a', { value: 14, qualifier: 'EXACTLY' }], ['source:b', { qualifier: 'EXACTLY', value: 14 } as ClaimValue]]);
    expect(r).toMatchObject({ agreement: 'AGREE', values: [{ sourceIds: ['source:a', 'source:b'] }] });
  });
});

describe('Claims: names, aliases, descriptions', () => {
  const entity = (stated: Claim[], heldAsText: string[] = []) => resolveClaims(KINDS.City.properties, stated, { sourcesHeldAsText: heldAsText });

  test('the most stated spelling is the name, REFINED; the other spelling becomes an alias', () => {
    const resolved = entity(claims('name', [['source:a', 'Cair'], ['source:b', 'Čair'], ['source:c', 'Čair']]));
    expect(only(resolved, 'name')).toMatchObject({ chosen: 'Čair', agreement: 'REFINED' });
    expect(only(resolved, 'aliases')).toEqual({ property: 'aliases', chosen: ['Cair'], agreement: 'REFINED', values: [{ value: 'Cair', sourceIds: ['source:a'], chosen: true }] });
  });

  test('a tie in spellings goes to the source held as text, else to the smallest source id', () => {
    const stated = claims('name', [['source:a', 'ISD'], ['source:post', 'Institute for Strategic Dialogue']]);
    expect(only(entity(stated, ['source:post']), 'name').chosen).toBe('Institute for Strategic Dialogue');
    expect(only(entity(stated), 'name').chosen).toBe('ISD');
  });

  test('aliases are the union of every source\'s, each with its sources; never CONFLICT', () => {
    const resolved = entity([
      ...claims('name', [['source:a', 'North Macedonia'], ['source:b', 'North Macedonia']]),
      ...claims('aliases', [['source:a', ['Macedonia']], ['source:b', ['Macedonia', 'FYROM']]]),
    ]);
    expect(only(resolved, 'name').agreement).toBe('AGREE');
    expect(only(resolved, 'aliases')).toEqual({
      property: 'aliases',
      chosen: ['FYROM', 'Macedonia'],
      agreement: 'REFINED',
      values: [
        { value: 'FYROM', sourceIds: ['source:b'], chosen: true },
        { value: 'Macedonia', sourceIds: ['source:a', 'source:b'], chosen: true },
      ],
    });
  });

  test('the same aliases from every source AGREE; an alias equal to the chosen name is dropped', () => {
    const agreeing = entity([...claims('name', [['source:a', 'Durrës']]), ...claims('aliases', [['source:a', ['Durres']], ['source:b', ['Durres']]])]);
    expect(only(agreeing, 'aliases')).toEqual({ property: 'aliases', chosen: ['Durres'], agreement: 'AGREE', values: [{ value: 'Durres', sourceIds: ['source:a', 'source:b'], chosen: true }] });
    const withName = entity([...claims('name', [['source:a', 'Durres']]), ...claims('aliases', [['source:a', ['Durres', 'Durrës']]])]);
    expect(only(withName, 'aliases').chosen).toEqual(['Durrës']);
  });

  test('descriptions never CONFLICT: the one from a source held as text, else the smallest source id', () => {
    const stated = claims('description', [['source:a', 'A city in Albania.'], ['source:post', 'The port city.']]);
    expect(only(entity(stated, ['source:post']), 'description')).toMatchObject({ chosen: 'The port city.', agreement: 'REFINED' });
    expect(only(entity(stated), 'description').chosen).toBe('A city in Albania.');
  });
});

describe('Claims: other properties', () => {
  test('a role worded two ways ("Mayor", "Mayor of Rabat") is REFINED, not a CONFLICT; the most stated wording is shown', () => {
    const role = RELATIONSHIPS.HOLDS_ROLE.properties;
    const r = resolveOne(role, 'role', [['source:a', 'Mayor of Rabat'], ['source:b', 'Mayor'], ['source:c', 'Mayor of Rabat']]);
    expect(r).toMatchObject({ chosen: 'Mayor of Rabat', agreement: 'REFINED' });
    expect(r.values).toHaveLength(2);
  });

  test('the most stated value wins; a difference CONFLICTs and keeps both', () => {
    const r = resolveOne(WORKSHOP, 'workshopKind', [['source:a', 'IN_COUNTRY_TRAINING'], ['source:b', 'REGIONAL_PRACTITIONERS_WORKSHOP'], ['source:c', 'REGIONAL_PRACTITIONERS_WORKSHOP']]);
    expect(r).toMatchObject({ chosen: 'REGIONAL_PRACTITIONERS_WORKSHOP', agreement: 'CONFLICT' });
    expect(r.values).toHaveLength(2);
  });

  test('a tie goes to the value of the smallest source id; Ints compare as numbers', () => {
    expect(resolveOne(WORKSHOP, 'durationDays', [['source:b', 3], ['source:a', 2]])).toMatchObject({ chosen: 2, agreement: 'CONFLICT' });
    expect(resolveOne(WORKSHOP, 'durationDays', [['source:b', 2], ['source:a', 2]])).toMatchObject({ chosen: 2, agreement: 'AGREE' });
  });

  test('relationship properties resolve by their type\'s declaration', () => {
    const resolved = resolveClaims(RELATIONSHIPS.MEMBER_OF.properties, claims('joined', [['source:a', '2015-09'], ['source:b', '2015-09-29']]));
    expect(resolved).toEqual([
      {
        property: 'joined',
        chosen: '2015-09-29',
        agreement: 'REFINED',
        values: [
          { value: '2015-09-29', sourceIds: ['source:b'], chosen: true },
          { value: '2015-09', sourceIds: ['source:a'], chosen: false },
        ],
      },
    ]);
  });

  test('properties come out name, aliases, description, then in declaration order; unclaimed ones are absent', () => {
    const resolved = resolveClaims(WORKSHOP, [
      ...claims('status', [['source:a', 'HELD']]),
      ...claims('date', [['source:a', '2017']]),
      ...claims('description', [['source:a', 'A workshop.']]),
      ...claims('name', [['source:a', 'Workshop']]),
    ]);
    expect(resolved.map((r) => r.property)).toEqual(['name', 'description', 'date', 'status']);
    expect(Object.keys(EVENT_PROPERTIES).slice(0, 2)).toEqual(['date', 'status']);
  });

  test('a claim about a property the model does not declare is an error, not a silent drop', () => {
    expect(() => resolveClaims(WORKSHOP, claims('edition', [['source:a', 1]]))).toThrow(/undeclared property: edition/);
  });
});

describe('Claims: storage and rendering', () => {
  test('stored parallel lists read back as claims; lists of different lengths are an error', () => {
    expect(parseStoredClaims(['source:a', 'source:a'], ['date', 'cityCount'], ['"2017-05"', '{"value":14,"qualifier":"EXACTLY"}'])).toEqual([
      { sourceId: 'source:a', property: 'date', value: '2017-05' },
      { sourceId: 'source:a', property: 'cityCount', value: { value: 14, qualifier: 'EXACTLY' } },
    ]);
    expect(() => parseStoredClaims(['source:a'], [], [])).toThrow(/parallel/);
  });

  test('values render for people: ISO dates, qualified and dated counts, enums, Ints, lists', () => {
    expect(renderClaimValue(WORKSHOP.date, '2017-05')).toBe('2017-05');
    expect(renderClaimValue(NETWORK.memberCityCount, { value: 100, qualifier: 'MORE_THAN', asOf: '2017-05' })).toBe('MORE_THAN 100 as of 2017-05');
    expect(renderClaimValue(WORKSHOP.cityCount, { value: 14, qualifier: 'EXACTLY' })).toBe('EXACTLY 14');
    expect(renderClaimValue(WORKSHOP.status, 'HELD')).toBe('HELD');
    expect(renderClaimValue(WORKSHOP.durationDays, 3)).toBe('3');
    expect(renderClaimValue(undefined, ['Macedonia', 'FYROM'])).toBe('Macedonia, FYROM');
  });
});
