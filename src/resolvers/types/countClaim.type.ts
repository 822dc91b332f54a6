import { Field, Int, ObjectType } from 'type-graphql';
import { GRAPHQL_ENUMS } from './enums';
import { PartialDate } from './partialDate.type';

@ObjectType({ description: 'A count as the source states it, e.g. "more than 40 cities" is {value: 40, qualifier: MORE_THAN}. Not a list: the counted things need not be in the graph.' })
export class CountClaim {
  @Field(() => Int, { description: 'The number the source gives.' })
  value!: number;

  @Field(() => GRAPHQL_ENUMS.CountQualifier, { description: 'EXACTLY, AROUND, MORE_THAN or FEWER_THAN.' })
  qualifier!: string;

  @Field(() => PartialDate, { nullable: true, description: 'The date the count holds at, at the precision the source gives ("as of May 2023"); null when the source does not date it.' })
  asOf!: PartialDate | null;
}
