/** An entity kind (its GraphQL type name, from the data) as words: "SteeringCommitteeMeeting" → "Steering committee meeting". */
export function kindLabel(kind: string): string {
  const words = kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
