import type { CheckboxOption } from '../components/CheckboxGroup';
import type { RelationshipTypeInfo } from '../hooks/useModel';

/** Relationship types as checkbox options: the type's name, with the API's meaning of it as the hint. */
export function typeOptions(typeInfos: readonly RelationshipTypeInfo[]): CheckboxOption[] {
  return typeInfos.map((info) => ({ value: info.type, label: info.type, hint: info.meaning }));
}
