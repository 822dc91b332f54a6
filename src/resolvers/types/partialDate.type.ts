import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DatePrecision {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DAY = 'DAY',
}
registerEnumType(DatePrecision, { name: 'DatePrecision', description: 'How precisely the source gives a date.' });

@ObjectType({ description: 'A date with the precision its source gives: "May 2017" is {year: 2017, month: 5, precision: MONTH, iso: "2017-05"}.' })
export class PartialDate {
  @Field(() => Int, { description: 'Year.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Month 1-12, when the source gives it.' })
  month!: number | null;

  @Field(() => Int, { nullable: true, description: 'Day of month, when the source gives it.' })
  day!: number | null;

  @Field(() => DatePrecision, { description: 'YEAR, MONTH or DAY.' })
  precision!: DatePrecision;

  @Field({ description: 'ISO 8601 at that precision: "2017", "2017-05" or "2017-05-12".' })
  iso!: string;
}
