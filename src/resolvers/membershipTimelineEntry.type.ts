import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CountRecord, EntityRecord, EvidenceRecord } from '../loaders/entityRecord';
import type { ClaimAgreement } from '../model/claims';
import { PartialDateParts } from '../model/partialDate';
import { KIND_TYPES } from './kinds/kindTypes';
import { CountClaim } from './types/countClaim.type';
import { Entity } from './types/entity.interface';
import { Evidence } from './types/evidence.type';
import { GRAPHQL_ENUMS } from './types/enums';
import { PartialDate } from './types/partialDate.type';

export enum MembershipTimelineEntryKind {
  COUNT = 'COUNT',
  JOIN = 'JOIN',
}
registerEnumType(MembershipTimelineEntryKind, {
  name: 'MembershipTimelineEntryKind',
  description: 'What a membership timeline entry records.',
  valuesConfig: {
    COUNT: { description: 'A member count the sources state for the network or region (`count`).' },
    JOIN: { description: 'A member city joining the network (`city`), at the date the sources give.' },
  },
});

@ObjectType({ description: 'One dated statement about membership: a stated member count or a city joining, with the sources that state it.' })
export class MembershipTimelineEntry {
  @Field(() => PartialDate, { nullable: true, description: "The count's asOf date or the join date, at the precision the sources give; null for a count no source dates (listed last)." })
  date!: PartialDateParts | null;

  @Field(() => MembershipTimelineEntryKind, { description: 'COUNT or JOIN.' })
  kind!: MembershipTimelineEntryKind;

  @Field(() => CountClaim, { nullable: true, description: 'The count as the sources state it (COUNT entries).' })
  count!: CountRecord | null;

  @Field(() => KIND_TYPES.City, { nullable: true, description: 'The city that joined (JOIN entries).' })
  city!: EntityRecord | null;

  @Field(() => Entity, { description: 'What the count is of, or what the city joined: the network, or the region asked for (its member count).' })
  subject!: EntityRecord;

  @Field(() => GRAPHQL_ENUMS.ClaimAgreement, {
    description:
      "For a count, whether the sources agree about that moment (the same asOf, or undated): CONFLICT when another source states an incompatible count for it. For a join, whether the sources agree about when the city joined (REFINED: the same date at different precision).",
  })
  agreement!: ClaimAgreement;

  @Field(() => [KIND_TYPES.Source], { description: 'The sources that state it, by id.' })
  sources!: EntityRecord[];

  @Field(() => [Evidence], { description: 'The evidence these sources give for the network or region (counts) or for the membership (joins).' })
  evidence!: EvidenceRecord[];
}
