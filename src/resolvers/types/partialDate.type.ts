import { Field, Int, ObjectType } from 'type-graphql';
import { GRAPHQL_ENUMS } from './enums';

@ObjectType({ description: 'A date with the precision its source gives: "May 2017" is {year: 2017, month: 5, precision: MONTH, iso: "2017-05"}.' })
export class PartialDate {
  @Field(() => Int, { description: 'Year.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Month 1-12, when the source gives it.' })
  month!: number | null;

  @Field(() => Int, { nullable: true, description: 'Day of month, when the source gives it.' })
  day!: number | null;

  @Field(() => GRAPHQL_ENUMS.DatePrecision, { description: 'YEAR, MONTH or DAY.' })
  precision!: string;

  @Field({ description: 'ISO 8601 at that precision: "2017", "2017-05" or "2017-05-12".' })
  iso!: string;
}
