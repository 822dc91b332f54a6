import { PropertyDecl, RelationshipDecl } from './modelTypes';

/** Every event kind, as relationship ends. */
const EVENTS = ['Workshop', 'SteeringCommitteeMeeting', 'Summit', 'Consultation', 'HubLaunch'] as const;

const partialDate = (description: string): PropertyDecl => ({ type: { partialDate: true }, nullable: true, description });

/**
 * Every relationship type the graph may hold: the kinds it joins (direction: from → to), what it means, and
 * the GraphQL fields that follow it from either end. The seed importer rejects anything else; the object
 * types' relationship fields, the compiler's patterns and the schema's documentation come from here.
 */
export const RELATIONSHIPS = {
  LOCATED_IN: {
    from: ['City'],
    to: ['Country'],
    meaning: 'a city lies in a country',
    fields: {
      out: [{ on: 'City', name: 'country', one: true, description: 'The country the city lies in (LOCATED_IN).' }],
      in: [{ on: 'Country', name: 'cities', description: 'Cities of the country in the graph (LOCATED_IN, incoming).' }],
    },
  },
  PART_OF: {
    from: ['Country'],
    to: ['Region'],
    meaning: 'a country lies in a region (reference data)',
    fields: {
      out: [{ on: 'Country', name: 'region', one: true, description: 'The region the country lies in (PART_OF; reference data).' }],
      in: [{ on: 'Region', name: 'countries', description: 'Countries in the region (PART_OF, incoming; reference data).' }],
    },
  },
  ACTIVE_IN: {
    from: ['Network'],
    to: ['Region'],
    meaning: 'a network works in a region',
    fields: {
      out: [{ on: 'Network', name: 'regions', description: 'Regions the network works in (ACTIVE_IN).' }],
      in: [{ on: 'Region', name: 'networks', description: 'Networks working in the region (ACTIVE_IN, incoming).' }],
    },
  },
  MEMBER_OF: {
    from: ['City'],
    to: ['Network'],
    meaning: 'a city is a member of a network',
    properties: { joined: partialDate('When the city joined, at the precision the source gives; null when no source says.') },
    edge: { name: 'Membership', description: "A city's membership of a network: when it joined, as the sources state it, and the evidence." },
    fields: {
      out: [
        { on: 'City', name: 'networks', description: 'Networks the city is a member of (MEMBER_OF).' },
        { on: 'City', name: 'memberships', edge: true, description: "The city's memberships, with when it joined (MEMBER_OF)." },
      ],
      in: [
        { on: 'Network', name: 'memberCities', description: 'Member cities named in the sources (MEMBER_OF, incoming); stated member counts are on memberCityCount and in membershipTimeline.' },
        { on: 'Network', name: 'memberships', edge: true, description: 'Memberships of the cities named in the sources, with when each joined (MEMBER_OF, incoming).' },
      ],
    },
  },
  ON_STEERING_COMMITTEE_OF: {
    from: ['City'],
    to: ['Network'],
    meaning: "a city sits on a network's steering committee",
    properties: {
      joined: partialDate('When the city joined the committee, when a source says.'),
      asOf: partialDate('When the source says the city sat on the committee (its date or the date it gives).'),
    },
    edge: { name: 'SteeringCommitteeSeat', description: "A city's seat on a network's steering committee, with the dates the sources give, and the evidence." },
    fields: {
      out: [{ on: 'City', name: 'steeringCommitteeSeats', edge: true, description: "The city's seats on steering committees (ON_STEERING_COMMITTEE_OF)." }],
      in: [
        { on: 'Network', name: 'steeringCommitteeCities', description: "Cities on the network's steering committee, as the sources name them (ON_STEERING_COMMITTEE_OF, incoming)." },
        { on: 'Network', name: 'steeringCommitteeSeats', edge: true, description: "Seats on the network's steering committee, with dates (ON_STEERING_COMMITTEE_OF, incoming)." },
      ],
    },
  },
  HUB_OF: {
    from: ['Hub'],
    to: ['Network'],
    meaning: 'a regional hub belongs to a network',
    fields: {
      out: [{ on: 'Hub', name: 'network', one: true, description: 'The network the hub belongs to (HUB_OF).' }],
      in: [{ on: 'Network', name: 'hubs', description: 'Regional hubs of the network (HUB_OF, incoming).' }],
    },
  },
  SERVES: {
    from: ['Hub'],
    to: ['Region', 'Country'],
    meaning: 'a hub serves the member cities of a region (or of a country)',
    fields: {
      out: [{ on: 'Hub', name: 'serves', description: 'The regions (or countries) the hub serves (SERVES).' }],
      in: [
        { on: 'Region', name: 'hubs', description: 'Hubs serving the region (SERVES, incoming).' },
        { on: 'Country', name: 'hubs', description: 'Hubs serving the country (SERVES, incoming).' },
      ],
    },
  },
  LAUNCHED: {
    from: ['HubLaunch'],
    to: ['Hub'],
    meaning: 'a launch event launched a hub',
    fields: {
      out: [{ on: 'HubLaunch', name: 'hub', one: true, description: 'The hub this event launched (LAUNCHED).' }],
      in: [{ on: 'Hub', name: 'launches', description: 'Launch events of the hub (LAUNCHED, incoming).' }],
    },
  },
  BASED_IN: {
    from: ['Hub', 'Partner', 'Network'],
    to: ['City', 'Country'],
    meaning: 'a hub or organisation is based in a city or country',
    fields: {
      out: [
        { on: 'Hub', name: 'basedIn', one: true, description: 'Where the hub is based (BASED_IN).' },
        { on: 'Partner', name: 'basedIn', one: true, description: 'Where the organisation is based (BASED_IN).' },
        { on: 'Network', name: 'basedIn', one: true, description: 'Where the network is run from (BASED_IN).' },
      ],
      in: [
        { on: 'City', name: 'basedHere', description: 'Hubs, organisations and networks based in the city (BASED_IN, incoming).' },
        { on: 'Country', name: 'basedHere', description: 'Hubs, organisations and networks based in the country (BASED_IN, incoming).' },
      ],
    },
  },
  HOLDS_ROLE: {
    from: ['Person'],
    to: ['City', 'Country', 'Partner', 'Network', 'Hub', 'Region'],
    meaning: 'a person holds a public role in a city, country, organisation, network or hub',
    properties: {
      role: { type: { scalar: 'String' }, nullable: false, wording: true, description: 'The role as the source names it, e.g. "Mayor", "Co-chair of the International Steering Committee".' },
      asOf: partialDate('When the source says the person held the role (usually the date of the source or of the event it reports).'),
      startDate: partialDate('When the person took the role, when a source says.'),
      endDate: partialDate('When the person left the role, when a source says.'),
    },
    edge: { name: 'Role', description: 'A public role a person holds in a city, country, organisation, network or hub, with the dates its sources give, and the evidence.' },
    fields: {
      out: [
        { on: 'Person', name: 'roles', edge: true, description: 'Public roles the person holds or held, with dates (HOLDS_ROLE).' },
        { on: 'Person', name: 'organisations', description: 'Cities, countries, organisations, networks and hubs the person holds a role in (HOLDS_ROLE).' },
      ],
      in: [
        { on: 'City', name: 'officeHolders', edge: true, description: 'People in public roles in the city, with their roles (HOLDS_ROLE, incoming).' },
        { on: 'Country', name: 'officeHolders', edge: true, description: 'People in public roles in the country, with their roles (HOLDS_ROLE, incoming).' },
        { on: 'Partner', name: 'officeHolders', edge: true, description: 'People in roles at the organisation, with their roles (HOLDS_ROLE, incoming).' },
        { on: 'Network', name: 'officeHolders', edge: true, description: 'Officers and committee co-chairs of the network, with their roles (HOLDS_ROLE, incoming).' },
        { on: 'Hub', name: 'officeHolders', edge: true, description: 'People in roles at the hub, with their roles (HOLDS_ROLE, incoming).' },
      ],
    },
  },
  APPEARED_AT: {
    from: ['Person'],
    to: [...EVENTS],
    meaning: 'a person spoke at or took part in an event',
    properties: { part: { type: { scalar: 'String' }, nullable: true, wording: true, description: 'What the person did there, as the source says: "keynote", "opening welcome", "message of support".' } },
    edge: { name: 'Appearance', description: 'A person taking part in an event, with what the source says they did, and the evidence.' },
    fields: {
      out: [{ on: 'Person', name: 'appearances', edge: true, description: 'Events the person spoke at or took part in (APPEARED_AT).' }],
      in: [{ on: 'Event', name: 'people', description: 'People the sources name as speaking at or taking part in it (APPEARED_AT, incoming).' }],
    },
  },
  PARTNER_OF: {
    from: ['Partner'],
    to: ['Network'],
    meaning: 'an organisation is a partner of a network',
    fields: {
      out: [{ on: 'Partner', name: 'networks', description: 'Networks the organisation is a partner of (PARTNER_OF).' }],
      in: [{ on: 'Network', name: 'partners', description: 'Partner organisations of the network (PARTNER_OF, incoming).' }],
    },
  },
  ORGANISED_BY: {
    from: [...EVENTS, 'Hub'],
    to: ['Network', 'Partner'],
    meaning: 'an event is organised by a network or organisation',
    fields: {
      out: [
        { on: 'Event', name: 'organisers', description: 'Networks or organisations that organised it (ORGANISED_BY); for a steering committee meeting, the network whose committee met.' },
        { on: 'Hub', name: 'organisers', description: 'Networks or organisations that run the hub (ORGANISED_BY).' },
      ],
      in: [
        { on: 'Network', name: 'workshops', kinds: ['Workshop'], description: 'Workshops the network organised (ORGANISED_BY, incoming).' },
        { on: 'Network', name: 'steeringCommitteeMeetings', kinds: ['SteeringCommitteeMeeting'], description: 'Steering committee meetings of the network (ORGANISED_BY, incoming).' },
        { on: 'Network', name: 'summits', kinds: ['Summit'], description: 'Global summits of the network (ORGANISED_BY, incoming).' },
        { on: 'Network', name: 'events', kinds: [...EVENTS], description: 'Every event the network organised, of every kind (ORGANISED_BY, incoming).' },
        { on: 'Partner', name: 'organisedEvents', kinds: [...EVENTS], description: 'Events the organisation organised (ORGANISED_BY, incoming).' },
      ],
    },
  },
  HOSTED_BY: {
    from: [...EVENTS],
    to: ['Partner', 'City'],
    meaning: 'an event is hosted by an organisation or a city (its municipality)',
    fields: {
      // `hosts` keeps the type it had on Workshop and SteeringCommitteeMeeting ([Partner!]!); host cities have their own field.
      out: [
        { on: 'Event', name: 'hosts', kinds: ['Partner'], description: 'Organisations that hosted it (HOSTED_BY); host cities are in hostCities, co-hosts in coHosts.' },
        { on: 'Event', name: 'hostCities', kinds: ['City'], description: 'Cities (their municipalities) that hosted it (HOSTED_BY); host organisations are in hosts.' },
      ],
      in: [
        { on: 'Partner', name: 'hostedWorkshops', kinds: ['Workshop'], description: 'Workshops the organisation hosted (HOSTED_BY, incoming).' },
        { on: 'Partner', name: 'hostedEvents', description: 'Every event the organisation hosted, of every kind (HOSTED_BY, incoming).' },
        { on: 'City', name: 'hostedEvents', description: 'Events the city hosted (HOSTED_BY, incoming).' },
      ],
    },
  },
  CO_HOSTED_BY: {
    from: [...EVENTS],
    to: ['Partner', 'City', 'Network'],
    meaning: 'an event is hosted jointly by several organisations, cities or networks; each is a co-host',
    fields: {
      out: [{ on: 'Event', name: 'coHosts', description: 'Organisations, cities or networks that hosted it jointly (CO_HOSTED_BY).' }],
      in: [
        { on: 'Partner', name: 'coHostedEvents', description: 'Events the organisation co-hosted (CO_HOSTED_BY, incoming).' },
        { on: 'City', name: 'coHostedEvents', description: 'Events the city co-hosted (CO_HOSTED_BY, incoming).' },
        { on: 'Network', name: 'coHostedEvents', description: 'Events the network co-hosted (CO_HOSTED_BY, incoming).' },
      ],
    },
  },
  FUNDED_BY: {
    from: [...EVENTS, 'Hub', 'Network', 'Initiative'],
    to: ['Partner'],
    meaning: 'an event, hub, network or initiative is funded or supported financially by an organisation (a government, the EU, a foundation)',
    fields: {
      out: [
        { on: 'Event', name: 'funders', description: 'Organisations that funded it (FUNDED_BY).' },
        { on: 'Hub', name: 'funders', description: 'Organisations that fund the hub (FUNDED_BY).' },
        { on: 'Network', name: 'funders', description: 'Organisations that fund the network (FUNDED_BY).' },
        { on: 'Initiative', name: 'funders', description: 'Organisations that fund the initiative (FUNDED_BY).' },
      ],
      in: [{ on: 'Partner', name: 'funded', description: 'Events, hubs, networks and initiatives the organisation funds or funded (FUNDED_BY, incoming).' }],
    },
  },
  HELD_IN: {
    from: [...EVENTS],
    to: ['City', 'Country', 'Region'],
    meaning: 'an event takes place in the most precise place the source gives',
    fields: {
      out: [
        { on: 'Event', name: 'place', one: true, description: 'The most precise place the source gives: a City, Country or Region (HELD_IN).' },
        { on: 'Event', name: 'city', one: true, kinds: ['City'], description: 'The city it was held in; null when the source names none.' },
      ],
      in: [
        { on: 'City', name: 'workshops', kinds: ['Workshop'], description: 'Workshops held in the city (HELD_IN, incoming).' },
        { on: 'City', name: 'steeringCommitteeMeetings', kinds: ['SteeringCommitteeMeeting'], description: 'Steering committee meetings held in the city (HELD_IN, incoming).' },
        { on: 'City', name: 'events', description: 'Events of every kind held in the city (HELD_IN, incoming).' },
        { on: 'Country', name: 'events', description: 'Events whose source places them in the country without naming a city (HELD_IN, incoming), e.g. in-country trainings.' },
        { on: 'Region', name: 'events', description: 'Events whose source places them in the region as a whole (HELD_IN, incoming); events in its cities and countries are found with events(regionId).' },
      ],
    },
  },
  PARTICIPATED_IN: {
    from: ['City', 'Country', 'Partner'],
    to: [...EVENTS],
    meaning: 'a city, country (through its cities) or organisation took part in an event',
    fields: {
      out: [
        { on: 'City', name: 'participatedIn', description: 'Events the city took part in (PARTICIPATED_IN).' },
        { on: 'Country', name: 'participatedIn', description: 'Events the country took part in through its cities (PARTICIPATED_IN).' },
        { on: 'Partner', name: 'participatedIn', description: 'Events the organisation took part in (PARTICIPATED_IN).' },
      ],
      in: [
        { on: 'Workshop', name: 'participatingCountries', kinds: ['Country'], description: 'Countries whose cities took part (PARTICIPATED_IN, incoming).' },
        { on: 'Event', name: 'participants', description: 'Every city, country and organisation that took part (PARTICIPATED_IN, incoming).' },
      ],
    },
  },
  COVERED: {
    from: [...EVENTS],
    to: ['RiskTheme'],
    meaning: 'an event covered a theme',
    fields: {
      out: [{ on: 'Event', name: 'themes', description: 'Themes it covered (COVERED).' }],
      in: [
        { on: 'RiskTheme', name: 'workshops', kinds: ['Workshop'], description: 'Workshops that covered the theme (COVERED, incoming).' },
        { on: 'RiskTheme', name: 'steeringCommitteeMeetings', kinds: ['SteeringCommitteeMeeting'], description: 'Steering committee meetings that covered the theme (COVERED, incoming).' },
        { on: 'RiskTheme', name: 'events', description: 'Events of every kind that covered the theme (COVERED, incoming).' },
      ],
    },
  },
  DISCUSSED: {
    from: [...EVENTS],
    to: ['Initiative'],
    meaning: 'an event discussed an initiative',
    fields: {
      out: [
        { on: 'Workshop', name: 'initiatives', description: 'Initiatives discussed at the workshop (DISCUSSED).' },
        { on: 'SteeringCommitteeMeeting', name: 'discussedInitiatives', description: 'Initiatives discussed at the meeting (DISCUSSED).' },
        { on: 'Summit', name: 'initiatives', description: 'Initiatives discussed at the summit (DISCUSSED).' },
        { on: 'Consultation', name: 'initiatives', description: 'Initiatives discussed at the consultation (DISCUSSED).' },
      ],
      in: [{ on: 'Initiative', name: 'discussedAt', description: 'Events where the initiative was discussed (DISCUSSED, incoming).' }],
    },
  },
  BUILDS_ON: {
    from: ['Workshop'],
    to: ['Workshop'],
    meaning: 'an event builds on an earlier one',
    fields: {
      out: [{ on: 'Workshop', name: 'buildsOn', description: 'Earlier workshops or trainings this one built on (BUILDS_ON).' }],
      in: [{ on: 'Workshop', name: 'builtOnBy', description: 'Later workshops that built on this one (BUILDS_ON, incoming).' }],
    },
  },
  FOLLOWED_BY: {
    from: [...EVENTS],
    to: [...EVENTS],
    meaning: 'the next event of a series',
    fields: {
      out: [{ on: 'Event', name: 'next', one: true, description: 'The next event of the series (FOLLOWED_BY).' }],
      in: [{ on: 'Event', name: 'previous', one: true, description: 'The previous event of the series (FOLLOWED_BY, incoming).' }],
    },
  },
  DEVELOPED_BY: {
    from: ['Initiative'],
    to: ['Partner'],
    meaning: 'an initiative is developed by an organisation',
    fields: {
      out: [{ on: 'Initiative', name: 'developedBy', description: 'Organisations developing the initiative (DEVELOPED_BY).' }],
      in: [{ on: 'Partner', name: 'initiatives', description: 'Initiatives the organisation develops or developed (DEVELOPED_BY, incoming).' }],
    },
  },
  ANNOUNCED_AT: {
    from: ['Initiative'],
    to: [...EVENTS],
    meaning: 'an initiative was first announced at an event',
    fields: {
      out: [{ on: 'Initiative', name: 'announcedAt', one: true, description: 'The event where the initiative was first announced (ANNOUNCED_AT).' }],
      in: [
        { on: 'Workshop', name: 'announcedInitiatives', description: 'Initiatives first announced at the workshop (ANNOUNCED_AT, incoming).' },
        { on: 'SteeringCommitteeMeeting', name: 'initiatives', description: 'Initiatives first announced at the meeting (ANNOUNCED_AT, incoming).' },
        { on: 'Summit', name: 'announcedInitiatives', description: 'Initiatives first announced at the summit (ANNOUNCED_AT, incoming).' },
      ],
    },
  },
  ADDRESSES: {
    from: ['Initiative'],
    to: ['RiskTheme'],
    meaning: 'an initiative addresses a theme',
    fields: {
      out: [{ on: 'Initiative', name: 'themes', description: 'Themes the initiative addresses (ADDRESSES).' }],
      in: [{ on: 'RiskTheme', name: 'initiatives', description: 'Initiatives that address the theme (ADDRESSES, incoming).' }],
    },
  },
  INFORMS: {
    from: ['Initiative'],
    to: ['Initiative'],
    meaning: 'an initiative forms the basis of another',
    fields: {
      out: [{ on: 'Initiative', name: 'informs', description: 'Initiatives this one forms the basis of (INFORMS).' }],
      in: [{ on: 'Initiative', name: 'informedBy', description: 'Initiatives this one is based on (INFORMS, incoming).' }],
    },
  },
} as const satisfies Record<string, RelationshipDecl>;

export type RelationshipTypeName = keyof typeof RELATIONSHIPS;
