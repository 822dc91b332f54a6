import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CountQualifier {
  EXACTLY = 'EXACTLY',
  AROUND = 'AROUND',
  MORE_THAN = 'MORE_THAN',
  FEWER_THAN = 'FEWER_THAN',
}
registerEnumType(CountQualifier, { name: 'CountQualifier', description: 'How exact a stated count is.' });

@ObjectType({ description: 'A count as the source states it, e.g. "more than 40 cities" is {value: 40, qualifier: MORE_THAN}. Not a list: the counted things need not be in the graph.' })
export class CountClaim {
  @Field(() => Int, { description: 'The number the source gives.' })
  value!: number;

  @Field(() => CountQualifier, { description: 'EXACTLY, AROUND, MORE_THAN or FEWER_THAN.' })
  qualifier!: CountQualifier;
}
