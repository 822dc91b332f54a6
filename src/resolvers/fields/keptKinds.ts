import { badInput } from '../../errors/badInput';

/**
 * The kinds a `kinds` condition keeps of the list's `kinds`, in the model's order; all of them when it is null.
 * A kind the list does not hold, or an empty list, is BAD_USER_INPUT naming the condition (before any database work).
 */
export function keptKinds(argument: string, kinds: readonly string[], given: string[] | null | undefined): string[] {
  if (given === null || given === undefined) return [...kinds];
  const foreign = given.filter((kind) => !kinds.includes(kind));
  if (foreign.length > 0) throw badInput(argument, `takes only ${kinds.join(', ')}; ${[...new Set(foreign)].join(', ')} ${foreign.length > 1 ? 'are' : 'is'} not among them.`);
  if (given.length === 0) throw badInput(argument, 'must name at least one kind; leave it out (or null) for every kind.');
  return kinds.filter((kind) => given.includes(kind));
}
