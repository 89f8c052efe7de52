/** Dutch formats everywhere: dates dd-mm-jjjj, amounts € 1.234,56, quarters Q3 2022. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}-${m}-${y}`;
}

export function formatCents(cents: number): string {
  const euros = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
  return `€ ${euros}`;
}

export function formatPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  return `${formatDate(start)} – ${formatDate(end)}`;
}
