/** A field or property name of the API as words: "participantCount" → "Participant count", "isoCode" → "ISO code". */
export function fieldLabel(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().replace(/\biso\b/g, 'ISO');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
