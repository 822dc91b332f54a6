import { DESCRIPTIONS, type DescribedName } from '../generated/descriptions';

/**
 * The API's own description of a type (`ThemeCoverage`), field (`ThemeCoverage.events`) or argument
 * (`Query.themeCoverage(regionId)`) the explorer's operations use, from the schema at build time (npm run codegen).
 */
export function describe(name: DescribedName): string {
  return DESCRIPTIONS[name];
}
