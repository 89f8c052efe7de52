/** Fields whose value differs between an audit entry's before and after (what a change touched). */
export function changedFields(before: unknown, after: unknown, ignore: string[] = ['version', 'updatedAt', 'createdAt']): string[] {
  const obj = (v: unknown): Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const b = obj(before);
  const a = obj(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !ignore.includes(k));
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).sort();
}
