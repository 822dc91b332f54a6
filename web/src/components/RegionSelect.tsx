import type { EntityRefFragment } from '../generated/graphql';

export interface RegionSelectProps {
  regions: EntityRefFragment[];
  /** The chosen region's id; '' for every region. */
  value: string;
  onChange(regionId: string): void;
  /** What the filter does, in the API's words. */
  hint: string;
}

/** A labelled choice of one region, or every region. */
export function RegionSelect({ regions, value, onChange, hint }: RegionSelectProps) {
  return (
    <div className="region-select">
      <label htmlFor="region">Region</label>
      <select id="region" value={value} onChange={(event) => onChange(event.target.value)} aria-describedby="region-hint">
        <option value="">All regions</option>
        {regions.map((region) => (
          <option key={region.id} value={region.id}>{region.name}</option>
        ))}
      </select>
      <p id="region-hint" className="hint">{hint}</p>
    </div>
  );
}
