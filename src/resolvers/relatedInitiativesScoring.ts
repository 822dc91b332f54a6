import { EVENT_KIND_NAMES } from '../model/kinds';

/**
 * The weight of each kind of shared entity in a related initiative's score. An entity is "shared"
 * when it lies within two relationships of both the asking entity and the initiative; it adds
 * weight / (distance from the entity × distance from the initiative). Networks are left out:
 * nearly everything shares the network, so it says nothing.
 */
export const SHARED_KIND_WEIGHTS: Record<string, { weight: number; noun: string }> = {
  RiskTheme: { weight: 3, noun: 'theme' },
  ...Object.fromEntries(EVENT_KIND_NAMES.map((kind) => [kind, { weight: 2, noun: 'event' }])),
  Partner: { weight: 2, noun: 'partner' },
  City: { weight: 1, noun: 'place' },
  Country: { weight: 1, noun: 'place' },
  Region: { weight: 1, noun: 'place' },
};

export function reasonFor(kind: string, name: string): string {
  return `shares ${SHARED_KIND_WEIGHTS[kind]?.noun ?? kind.toLowerCase()} ${name}`;
}
