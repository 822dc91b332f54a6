import { EnumDecl } from './modelTypes';

/** Every enum of the model; GraphQL enums and seed-file validation are derived from these. */
export const ENUMS = {
  EventStatus: { description: 'Whether an event had taken place or was still scheduled when its source was written.', values: ['HELD', 'SCHEDULED'] },
  WorkshopKind: { description: 'What sort of workshop.', values: ['REGIONAL_PRACTITIONERS_WORKSHOP', 'IN_COUNTRY_TRAINING'] },
  InitiativeKind: { description: 'What sort of initiative.', values: ['FRAMEWORK', 'METHODOLOGY', 'LOCAL_ACTION_PLAN', 'PROGRAMME'] },
  InitiativeStatus: { description: 'Stage of an initiative as its source describes it.', values: ['IN_DEVELOPMENT', 'ACTIVE', 'COMPLETED'] },
  CountQualifier: { description: 'How exact a stated count is.', values: ['EXACTLY', 'AROUND', 'MORE_THAN', 'FEWER_THAN'] },
  DatePrecision: { description: 'How precisely the source gives a date.', values: ['YEAR', 'MONTH', 'DAY'] },
  FactBasis: {
    description: 'Where a fact comes from.',
    values: ['SOURCE', 'REFERENCE'],
    valueDescriptions: {
      SOURCE: 'Stated by a source document; the evidence quotes it.',
      REFERENCE: 'Reference data no source needs to state (ISO codes, which region a country lies in); no excerpt.',
    },
  },
  EvidenceKind: {
    description: 'What sort of evidence a piece of evidence is.',
    values: ['EXCERPT', 'CITATION'],
    valueDescriptions: {
      EXCERPT: 'Verbatim text of a source whose text the project holds; check-evidence verifies it word for word.',
      CITATION: 'A source cited by reference (address, title, publisher), with where in it (locator) and a one-line statement of the claim in our own words.',
    },
  },
  ClaimAgreement: {
    description: 'Whether the sources that state a property (or a relationship, or the neighbour a one-valued field holds) agree.',
    values: ['AGREE', 'REFINED', 'CONFLICT'],
    valueDescriptions: {
      AGREE: 'Every source states the same value (or only one source states it).',
      REFINED: 'The values differ but fit together: consistent claims at different precision ("2016" and "2016-05", a city and its country), a scheduled event later reported held, a later count, overlapping counts ("40" and "more than 35"), other spellings of a name. The graph holds the most precise or latest.',
      CONFLICT: 'The sources contradict each other (different days, different cities, different counts for one moment): the graph holds the best-supported value and every claim stays, with its source.',
    },
  },
  /** Not a GraphQL enum (Partner.organisationType is a String); seed files are checked against it. */
  OrganisationType: { description: 'What sort of organisation a partner is.', values: ['NGO', 'ASSOCIATION', 'MULTILATERAL', 'COMPANY', 'GOVERNMENT', 'OTHER'] },
} as const satisfies Record<string, EnumDecl>;

export type EnumName = keyof typeof ENUMS;
