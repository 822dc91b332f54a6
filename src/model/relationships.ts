import { RelationshipDecl } from './modelTypes';

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
    fields: {
      out: [{ on: 'City', name: 'networks', description: 'Networks the city is a member of (MEMBER_OF).' }],
      in: [{ on: 'Network', name: 'memberCities', description: 'Member cities named in the sources (MEMBER_OF, incoming); stated member counts are on Region.memberCityCount.' }],
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
    from: ['Workshop', 'SteeringCommitteeMeeting'],
    to: ['Network', 'Partner'],
    meaning: 'an event is organised by a network or organisation',
    fields: {
      out: [
        { on: 'Workshop', name: 'organisers', description: 'Networks or organisations that organised it (ORGANISED_BY).' },
        { on: 'SteeringCommitteeMeeting', name: 'organisers', description: 'The network or organisation whose committee met (ORGANISED_BY).' },
      ],
      in: [
        { on: 'Network', name: 'workshops', kinds: ['Workshop'], description: 'Workshops the network organised (ORGANISED_BY, incoming).' },
        { on: 'Network', name: 'steeringCommitteeMeetings', kinds: ['SteeringCommitteeMeeting'], description: 'Steering committee meetings of the network (ORGANISED_BY, incoming).' },
        { on: 'Partner', name: 'organisedEvents', description: 'Events the organisation organised (ORGANISED_BY, incoming).' },
      ],
    },
  },
  HOSTED_BY: {
    from: ['Workshop', 'SteeringCommitteeMeeting'],
    to: ['Partner'],
    meaning: 'an event is hosted by an organisation',
    fields: {
      out: [
        { on: 'Workshop', name: 'hosts', description: 'Organisations that hosted the workshop (HOSTED_BY).' },
        { on: 'SteeringCommitteeMeeting', name: 'hosts', description: 'Organisations that hosted the meeting (HOSTED_BY).' },
      ],
      in: [
        { on: 'Partner', name: 'hostedWorkshops', kinds: ['Workshop'], description: 'Workshops the organisation hosted (HOSTED_BY, incoming).' },
        { on: 'Partner', name: 'hostedEvents', description: 'Every event the organisation hosted, workshops and meetings (HOSTED_BY, incoming).' },
      ],
    },
  },
  HELD_IN: {
    from: ['Workshop', 'SteeringCommitteeMeeting'],
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
        { on: 'Country', name: 'events', description: 'Events whose source places them in the country without naming a city (HELD_IN, incoming), e.g. in-country trainings.' },
        { on: 'Region', name: 'events', description: 'Events whose source places them in the region as a whole (HELD_IN, incoming); events in its cities and countries are found with events(regionId).' },
      ],
    },
  },
  PARTICIPATED_IN: {
    from: ['City', 'Country', 'Partner'],
    to: ['Workshop', 'SteeringCommitteeMeeting'],
    meaning: 'a city, country (through its cities) or organisation took part in an event',
    fields: {
      out: [
        { on: 'City', name: 'participatedIn', description: 'Events the city took part in (PARTICIPATED_IN).' },
        { on: 'Country', name: 'participatedIn', description: 'Events the country took part in through its cities (PARTICIPATED_IN).' },
        { on: 'Partner', name: 'participatedIn', description: 'Events the organisation took part in (PARTICIPATED_IN).' },
      ],
      in: [
        { on: 'Workshop', name: 'participatingCountries', kinds: ['Country'], description: 'Countries whose cities took part (PARTICIPATED_IN, incoming).' },
        { on: 'Workshop', name: 'participants', description: 'Every city, country and organisation that took part (PARTICIPATED_IN, incoming).' },
        { on: 'SteeringCommitteeMeeting', name: 'participants', description: 'Every city, country and organisation that took part (PARTICIPATED_IN, incoming).' },
      ],
    },
  },
  COVERED: {
    from: ['Workshop', 'SteeringCommitteeMeeting'],
    to: ['RiskTheme'],
    meaning: 'an event covered a theme',
    fields: {
      out: [
        { on: 'Workshop', name: 'themes', description: 'Themes the workshop covered (COVERED).' },
        { on: 'SteeringCommitteeMeeting', name: 'themes', description: 'Themes the meeting covered (COVERED).' },
      ],
      in: [
        { on: 'RiskTheme', name: 'workshops', kinds: ['Workshop'], description: 'Workshops that covered the theme (COVERED, incoming).' },
        { on: 'RiskTheme', name: 'steeringCommitteeMeetings', kinds: ['SteeringCommitteeMeeting'], description: 'Steering committee meetings that covered the theme (COVERED, incoming).' },
      ],
    },
  },
  DISCUSSED: {
    from: ['Workshop', 'SteeringCommitteeMeeting'],
    to: ['Initiative'],
    meaning: 'an event discussed an initiative',
    fields: {
      out: [
        { on: 'Workshop', name: 'initiatives', description: 'Initiatives discussed at the workshop (DISCUSSED).' },
        { on: 'SteeringCommitteeMeeting', name: 'discussedInitiatives', description: 'Initiatives discussed at the meeting (DISCUSSED).' },
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
    from: ['Workshop', 'SteeringCommitteeMeeting'],
    to: ['Workshop', 'SteeringCommitteeMeeting'],
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
    to: ['Workshop', 'SteeringCommitteeMeeting'],
    meaning: 'an initiative was first announced at an event',
    fields: {
      out: [{ on: 'Initiative', name: 'announcedAt', one: true, description: 'The event where the initiative was first announced (ANNOUNCED_AT).' }],
      in: [
        { on: 'Workshop', name: 'announcedInitiatives', description: 'Initiatives first announced at the workshop (ANNOUNCED_AT, incoming).' },
        { on: 'SteeringCommitteeMeeting', name: 'initiatives', description: 'Initiatives first announced at the meeting (ANNOUNCED_AT, incoming).' },
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
