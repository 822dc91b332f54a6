import { RELATED_MAX_FIRST } from '../model/relationshipFields';
import { badInput } from './badInput';

/**
 * The `first` of a list-valued relationship field, checked against its bounds (BAD_USER_INPUT naming it):
 * the one check for the compiled statement's parameters and the field resolvers alike.
 */
export function checkFirst(first: number): number {
  if (first < 0) throw badInput('first', 'must not be less than 0.');
  if (first > RELATED_MAX_FIRST) throw badInput('first', `must not be greater than ${RELATED_MAX_FIRST}.`);
  return first;
}
