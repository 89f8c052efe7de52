import type { DocOrganisation, DocRegion } from '../src/domain/programme/document';
import type { ReferenceData } from '../src/server/services/organisation/ensure-reference-data';
import { inhabitants, type InhabitantsFigure } from './reference/inhabitants';
import { referenceOrganisations } from './reference/organisations';
import { referenceRegions } from './reference/regions';

/** What a figure's caveats say, kept beside it: rounded, derived, provisional, verification tag. */
function noteOf(f: InhabitantsFigure): string | null {
  const parts = [
    f.referenceDateWording && f.referenceDateWording !== 'onbekend' ? `peildatum: ${f.referenceDateWording}` : null,
    f.precision !== 'exact' ? f.precision : null,
    f.verification ? `bron ${f.verification === 'V' ? 'gecontroleerd' : 'secundair'} (${f.verification})` : null,
    f.note ?? null,
  ].filter((x): x is string => x !== null);
  return parts.length > 0 ? parts.join('; ') : null;
}

const knownYears = inhabitants.flatMap((m) => m.figures.flatMap((f) => (f.referenceDate ? [Number(f.referenceDate.slice(0, 4))] : [])));
/** A gemeente without any figure is recorded as unknown for the latest reference year we have. */
const unknownYear = Math.max(...knownYears);

function population(key: string): DocOrganisation['population'] {
  const m = inhabitants.find((x) => x.municipality === key);
  if (!m) return [];
  return m.figures.map((f) => ({
    year: f.referenceDate ? Number(f.referenceDate.slice(0, 4)) : unknownYear,
    inhabitants: f.count,
    referenceDate: f.referenceDate,
    source: f.source,
    sourceUrl: f.sourceUrl,
    note: noteOf(f),
  }));
}

/** The organisations (gemeenten with CBS code and inhabitants) and regions of the demo. */
export function demoReferenceData(): ReferenceData {
  const organisations: DocOrganisation[] = referenceOrganisations.map((o) => ({
    key: o.key,
    name: o.name,
    kind: o.kind,
    description: o.description ?? null,
    cbsCode: o.cbsCode,
    population: o.kind === 'gemeente' ? population(o.key) : [],
  }));
  const regions: DocRegion[] = referenceRegions.map((r) => ({ key: r.key, name: r.name, municipalities: r.municipalities }));
  return { organisations, regions };
}
