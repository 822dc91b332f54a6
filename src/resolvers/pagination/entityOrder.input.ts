import { Field, InputType, registerEnumType } from 'type-graphql';

export enum OrderField {
  NAME = 'NAME',
  ID = 'ID',
  DATE = 'DATE',
}
registerEnumType(OrderField, {
  name: 'OrderField',
  description: 'What to sort a list by. DATE sorts by partial ISO date: a date known only to its year ("2017") comes before every more precise date in that year ("2017-01", "2017-05-12"); entities without a date come first.',
});

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection', description: 'Ascending or descending.' });

@InputType({ description: 'Sort order of a list; ties are broken by id.' })
export class EntityOrder {
  @Field(() => OrderField, { description: 'What to sort by.' })
  field!: OrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC or DESC.' })
  direction: OrderDirection = OrderDirection.ASC;
}
