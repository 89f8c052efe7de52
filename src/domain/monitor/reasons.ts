/** iWmo 3.2 codelijst WMO588 (RedenBeeindiging), plus the older 2.x codes that may occur in history. */
export const REASON_LABELS: Readonly<Record<string, string>> = {
  '02': 'Overlijden',
  '19': 'Levering volgens plan beëindigd',
  '20': 'Tijdelijk beëindigd (pauze, geen uitstroom)',
  '21': 'Eenzijdig door cliënt beëindigd',
  '22': 'Eenzijdig door aanbieder beëindigd',
  '23': 'In overeenstemming voortijdig beëindigd',
  '31': 'Verhuizing naar een andere gemeente',
  '32': 'Overgang naar sociale basisondersteuning (iWmo 2)',
  '33': 'Overgang naar Zorgverzekeringswet (iWmo 2)',
  '34': 'Overgang naar Wet langdurige zorg (iWmo 2)',
  '36': 'Geïnitieerd door de gemeente',
  '37': 'In verband met wijzigingsverzoek',
  '38': 'Overstap naar andere aanbieder',
  '39': 'Uitstroom naar ander domein',
};

/** The pause reason: an episode ending with it is no outflow and has no doorlooptijd. */
export const PAUSE_REASON = '20';

export function reasonLabel(code: string): string {
  return REASON_LABELS[code] ?? `Code ${code} (onbekend in WMO588)`;
}

/** Product categories of iWmo (WMO020) that the monitor counts. */
export function productFromCategory(cat: string): 'BW' | 'MO' | null {
  const c = cat.trim().toUpperCase();
  if (c === 'BW' || c === '15') return 'BW';
  if (c === 'MO' || c === '16') return 'MO';
  return null;
}
