import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../resolvers/types/entity.interface';
import { PartialDate } from '../resolvers/types/partialDate.type';
import { FactBasis } from '../resolvers/types/relationship.type';

@ObjectType({ implements: Entity, description: 'A document the graph\'s facts come from, or the reference data set.' })
export class Source extends Entity {
  @Field(() => String, { nullable: true, description: 'File name of the source text (texts are kept outside the graph; excerpts are quoted).' })
  file!: string | null;

  @Field(() => String, { nullable: true, description: 'What the document is, e.g. "news post" or "reference data".' })
  documentType!: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  publisher!: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'When it was written, at the precision that can be known.' })
  date!: PartialDate | null;

  @Field(() => FactBasis, { description: 'SOURCE for documents, REFERENCE for the reference data set.' })
  basis!: FactBasis;
}
