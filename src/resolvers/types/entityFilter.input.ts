import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Filters every list accepts.' })
export class EntityFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids (at most 500).' })
  @ArrayMaxSize(500)
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name or an alias.' })
  @MaxLength(200)
  nameContains?: string | null;
}
