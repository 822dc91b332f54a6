import { KindDecl, FlatListDecl, PropertyDecl } from './modelTypes';

const text = (description: string, extra: Partial<PropertyDecl> = {}): PropertyDecl => ({ type: { scalar: 'String' }, nullable: true, description, ...extra });

/** The Event interface's own properties, shared by every event kind. */
export const EVENT_PROPERTIES: Record<string, PropertyDecl> = {
  date: { type: { partialDate: true }, nullable: true, description: 'When, at the precision the source gives; null when the source gives no date.' },
  status: { type: { enum: 'EventStatus' }, nullable: true, optionalInSeeds: false, description: 'HELD or SCHEDULED: HELD once any source reports it held (an announcement stays as evidence).' },
  endDate: { type: { partialDate: true }, nullable: true, description: 'The last day of an event that lasted several days, at the precision the source gives; null for a one-day event or when no source says.' },
  participantCount: { type: { countClaim: true }, nullable: true, description: 'How many people took part (or were expected to), as a source states it.' },
  cityCount: { type: { countClaim: true }, nullable: true, description: 'How many cities took part, as a source states it.' },
  countryCount: { type: { countClaim: true }, nullable: true, description: 'How many countries took part, as a source states it.' },
};

/** A list of events of one kind: filtered by status, place and dates, ordered by date by default. */
function eventList(query: string, plural: string, filterName: string): KindDecl['list'] {
  return {
    query,
    description: `${plural[0].toUpperCase()}${plural.slice(1)}, filtered, ordered (by date by default) and paginated.`,
    defaultOrder: 'DATE',
    filter: {
      name: filterName,
      description: `Filters for ${plural}.`,
      fields: [
        { name: 'status', description: `Only HELD or only SCHEDULED ${plural}.`, equals: 'status' },
        { name: 'cityId', description: `Only ${plural} held in this city.`, link: 'eventInCity' },
        { name: 'countryId', description: `Only ${plural} held in this country (directly or in one of its cities).`, link: 'eventInCountry' },
        { name: 'regionId', description: `Only ${plural} held in this region (directly, or in its countries and cities).`, link: 'eventInRegion' },
        { name: 'from', description: `Only ${plural} on or after this partial ISO date.`, date: 'from' },
        { name: 'to', description: `Only ${plural} on or before this partial ISO date.`, date: 'to' },
      ],
    },
  };
}

/**
 * Every kind of entity. Each is a GraphQL object type and a Neo4j label (every node also carries `Entity`),
 * and has a paginated list query. Order here is the order kinds are listed in (EntityKind, stats).
 */
export const KINDS = {
  Network: {
    description: 'A network of cities, such as the Strong Cities Network.',
    properties: {
      launchDate: { type: { partialDate: true }, nullable: true, description: 'When the network was launched, at the precision the sources give (sources disagree: see claims).' },
      memberCityCount: { type: { countClaim: true }, series: true, nullable: true, description: 'The latest member count the sources state (dated: asOf); every dated count is in membershipTimeline.' },
    },
    list: { query: 'networks', description: 'Networks of cities, filtered, ordered and paginated.', defaultOrder: 'NAME', filter: null },
  },
  Region: {
    description: 'A world region such as the Western Balkans or South Asia.',
    properties: {
      memberCityCount: { type: { countClaim: true }, series: true, nullable: true, description: 'How many SCN member cities the sources say the region has (a stated count, not a list; the latest when several are dated).' },
    },
    list: { query: 'regions', description: 'Regions, filtered, ordered and paginated.', defaultOrder: 'NAME', filter: null },
  },
  Country: {
    description: 'A country. Its ISO code is reference data.',
    properties: {
      isoCode: text('ISO 3166-1 alpha-2 code (reference data); Kosovo uses the user-assigned XK.', { pattern: /^[A-Z]{2}$/, reference: true, indexed: true }),
    },
    list: {
      query: 'countries',
      description: 'Countries, filtered, ordered and paginated.',
      defaultOrder: 'NAME',
      filter: {
        name: 'CountryFilter',
        description: 'Filters for countries.',
        fields: [
          { name: 'regionId', description: 'Only countries in this region.', link: 'countryInRegion' },
          { name: 'isoCode', description: 'Only the country with this ISO 3166-1 alpha-2 code.', equals: 'isoCode', upperCase: true },
        ],
      },
    },
  },
  City: {
    description: 'A city: a member of the network, or a place where events were held.',
    properties: {},
    list: {
      query: 'cities',
      description: 'Cities, filtered by country, region or name, ordered and paginated.',
      defaultOrder: 'NAME',
      filter: {
        name: 'CityFilter',
        description: 'Filters for cities.',
        fields: [
          { name: 'countryId', description: 'Only cities in this country.', link: 'cityInCountry' },
          { name: 'regionId', description: 'Only cities in this region (through their country).', link: 'cityInRegion' },
        ],
      },
    },
  },
  Partner: {
    description: 'An organisation working with the network: an NGO, association, company or multilateral.',
    properties: {
      organisationType: text('NGO, ASSOCIATION, MULTILATERAL, COMPANY, GOVERNMENT or OTHER, when a source states it.', { type: { scalar: 'String' }, pattern: /^(NGO|ASSOCIATION|MULTILATERAL|COMPANY|GOVERNMENT|OTHER)$/ }),
    },
    list: {
      query: 'partners',
      description: 'Partner organisations, filtered, ordered and paginated.',
      defaultOrder: 'NAME',
      filter: {
        name: 'PartnerFilter',
        description: 'Filters for partner organisations.',
        fields: [{ name: 'networkId', description: 'Only partners of this network.', link: 'partnerOfNetwork' }],
      },
    },
  },
  Workshop: {
    description: "A workshop: a regional practitioners' workshop or an in-country training.",
    event: true,
    properties: {
      workshopKind: { type: { enum: 'WorkshopKind' }, nullable: false, description: 'REGIONAL_PRACTITIONERS_WORKSHOP or IN_COUNTRY_TRAINING.' },
      durationDays: { type: { scalar: 'Int' }, nullable: true, min: 1, description: 'How many days it lasted, when the source says.' },
      expectedCityCount: { type: { countClaim: true }, nullable: true, description: 'How many cities it was set to involve, as the source states it (e.g. around 10).' },
    },
    list: {
      query: 'workshops',
      description: 'Workshops and trainings, filtered, ordered (by date unless orderBy says otherwise) and paginated.',
      defaultOrder: 'DATE',
      filter: {
        name: 'WorkshopFilter',
        description: 'Filters for workshops.',
        fields: [
          { name: 'workshopKind', description: 'Only workshops of this kind.', equals: 'workshopKind' },
          { name: 'status', description: 'Only HELD or only SCHEDULED workshops.', equals: 'status' },
          { name: 'cityId', description: 'Only workshops held in this city.', link: 'eventInCity' },
          { name: 'countryId', description: 'Only workshops held in this country (directly or in one of its cities).', link: 'eventInCountry' },
          { name: 'regionId', description: 'Only workshops held in this region (directly, or in its countries and cities).', link: 'eventInRegion' },
          { name: 'themeId', description: 'Only workshops that covered this theme.', link: 'eventCoversTheme' },
          { name: 'hostId', description: 'Only workshops hosted by this partner.', link: 'eventHostedBy' },
          { name: 'from', description: 'Only workshops on or after this partial ISO date ("2017", "2017-05", "2017-05-12"), compared at the precision both dates have.', date: 'from' },
          { name: 'to', description: 'Only workshops on or before this partial ISO date, compared at the precision both dates have.', date: 'to' },
        ],
      },
    },
  },
  SteeringCommitteeMeeting: {
    description: "A meeting of a network's steering committee, e.g. the SCN International Steering Committee in Aarhus, May 2017.",
    event: true,
    properties: {},
    list: {
      query: 'steeringCommitteeMeetings',
      description: 'Steering committee meetings, filtered, ordered (by date by default) and paginated.',
      defaultOrder: 'DATE',
      filter: {
        name: 'SteeringCommitteeMeetingFilter',
        description: 'Filters for steering committee meetings.',
        fields: [
          { name: 'status', description: 'Only HELD or only SCHEDULED meetings.', equals: 'status' },
          { name: 'cityId', description: 'Only meetings held in this city.', link: 'eventInCity' },
          { name: 'countryId', description: 'Only meetings held in this country.', link: 'eventInCountry' },
          { name: 'from', description: 'Only meetings on or after this partial ISO date.', date: 'from' },
          { name: 'to', description: 'Only meetings on or before this partial ISO date.', date: 'to' },
        ],
      },
    },
  },
  Summit: {
    description: "A global summit of a network, e.g. the SCN's first Global Summit in Antalya, May 2016.",
    event: true,
    properties: {
      edition: { type: { scalar: 'Int' }, nullable: true, min: 1, description: 'Which summit of the series it was (1 for the first), when a source numbers it.' },
    },
    list: eventList('summits', 'summits', 'SummitFilter'),
  },
  Consultation: {
    description: 'A consultation of a city or country with the network: local authorities and communities meeting to shape prevention work.',
    event: true,
    properties: {},
    list: eventList('consultations', 'consultations', 'ConsultationFilter'),
  },
  HubLaunch: {
    description: 'The launch event of a regional hub of the network.',
    event: true,
    properties: {},
    list: eventList('hubLaunches', 'hub launches', 'HubLaunchFilter'),
  },
  RiskTheme: {
    description: 'A risk or prevention theme, e.g. returnees and reintegration, referral mechanisms.',
    properties: {},
    list: { query: 'riskThemes', description: 'Risk and prevention themes, filtered, ordered and paginated.', defaultOrder: 'NAME', filter: null },
  },
  Initiative: {
    description: 'A framework, methodology, local action plan or programme.',
    properties: {
      initiativeKind: { type: { enum: 'InitiativeKind' }, nullable: false, description: 'FRAMEWORK, METHODOLOGY, LOCAL_ACTION_PLAN or PROGRAMME.' },
      status: { type: { enum: 'InitiativeStatus' }, nullable: true, description: 'Stage as of the source, when it says (e.g. "being developed").' },
    },
    list: {
      query: 'initiatives',
      description: 'Initiatives, filtered, ordered and paginated.',
      defaultOrder: 'NAME',
      filter: {
        name: 'InitiativeFilter',
        description: 'Filters for initiatives.',
        fields: [
          { name: 'initiativeKind', description: 'Only initiatives of this kind.', equals: 'initiativeKind' },
          { name: 'partnerId', description: 'Only initiatives developed by this partner.', link: 'initiativeDevelopedBy' },
          { name: 'themeId', description: 'Only initiatives that address this theme.', link: 'initiativeAddressesTheme' },
        ],
      },
    },
  },
  Hub: {
    description: 'A regional hub of a network, serving the member cities of one region (e.g. the East and Southern Africa hub).',
    properties: {},
    list: { query: 'hubs', description: 'Regional hubs, filtered, ordered and paginated.', defaultOrder: 'NAME', filter: null },
  },
  Person: {
    description: 'A person in a public role that a source names (a mayor, a minister, a co-chair, an officer of the network); nothing beyond what the source states.',
    properties: {},
    list: { query: 'people', description: 'People in public roles, filtered, ordered and paginated.', defaultOrder: 'NAME', filter: null },
  },
  Source: {
    description: "A document the graph's facts come from, or the reference data set.",
    properties: {
      file: text('File name of the source text (texts are kept outside the graph; excerpts are quoted).'),
      address: text('Web address of a source cited by reference (its text is not held; citations state its claims in our own words); null for a source held as text.', { pattern: /^https?:\/\/\S+$/ }),
      title: text('Title of a source cited by reference, as the page gives it; null for a source held as text.'),
      consultedDate: text('The day the page was consulted ("YYYY-MM-DD") for a source cited by reference.', { pattern: /^\d{4}-\d{2}-\d{2}$/ }),
      documentType: text('What the document is, e.g. "news post" or "reference data".'),
      publisher: text('Who published it.'),
      date: { type: { partialDate: true }, nullable: true, description: 'When it was published (for a document never published, written), at the precision it gives.' },
      basis: { type: { enum: 'FactBasis' }, nullable: false, description: 'SOURCE for documents, REFERENCE for the reference data set.' },
    },
    list: { query: 'sources', description: 'Source documents and the reference data set, filtered, ordered and paginated.', defaultOrder: 'NAME', filter: null },
  },
} as const satisfies Record<string, KindDecl>;

export type KindName = keyof typeof KINDS;

/** Every kind, in declaration order. */
export const KIND_NAMES = Object.keys(KINDS) as KindName[];

/** Kinds that are events: they have a date, a status and a place, and implement the Event interface. */
export const EVENT_KIND_NAMES = KIND_NAMES.filter((kind) => (KINDS[kind] as KindDecl).event === true);

/** The chronological list of every event kind (Query.events). */
export const EVENT_LIST: FlatListDecl = {
  query: 'events',
  description:
    'Events of every kind (summits, workshops, meetings, consultations, hub launches) in chronological order. Dates sort by partial ISO date: an event known only to its year ("2017") comes before the events dated within that year ("2017-01", "2017-05-12"); events without a date come first. Ties by id.',
  order: { field: 'DATE', direction: 'ASC' },
  arguments: [
    { name: 'from', description: 'On or after this partial ISO date ("2017", "2017-05", "2017-05-12"), compared at the precision both dates have: an event dated "2017" matches from: "2017-05".', date: 'from' },
    { name: 'to', description: 'On or before this partial ISO date, compared at the precision both dates have.', date: 'to' },
    { name: 'regionId', description: 'Only events held in this region (directly, or in its countries and cities).', link: 'eventInRegion' },
    { name: 'countryId', description: 'Only events held in this country (directly or in its cities).', link: 'eventInCountry' },
    { name: 'themeId', description: 'Only events that covered this theme.', link: 'eventCoversTheme' },
    { name: 'status', description: 'Only HELD or only SCHEDULED events.', equals: 'status' },
    { name: 'kinds', description: 'Only events of these kinds (e.g. [Summit, HubLaunch]); null or omitted: every kind.', kinds: true },
  ],
};
