import { KIND_NAMES } from '../model/kinds';
import { propertiesOf } from '../model/properties';

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;

/** A label or property name of the model, checked before it goes into a statement (identifiers only, never values). */
function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a plain identifier: ${JSON.stringify(name)}`);
  return name;
}

/** "SteeringCommitteeMeeting" → "steering_committee_meeting", for constraint and index names. */
const snake = (name: string) => name.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();

/**
 * The constraints and indexes the model asks for, beyond the generic ones in `cypher/schema.cypher`: the id of
 * every kind is unique under its label, and every `indexed` property has a range index on its kind's label.
 * Idempotent (IF NOT EXISTS), like the file's.
 */
export function modelSchemaStatements(): string[] {
  return KIND_NAMES.flatMap((kind) => {
    const label = identifier(kind);
    const indexed = Object.entries(propertiesOf(kind)).filter(([, property]) => property.indexed);
    return [
      `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      ...indexed.map(([name]) => `CREATE INDEX ${snake(label)}_${snake(identifier(name))} IF NOT EXISTS FOR (n:${label}) ON (n.${name})`),
    ];
  });
}
