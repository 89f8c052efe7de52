/** True when `s` has `min`..`max` characters, all ASCII digits (what /^\d{min,max}$/ says, without a regex per row). */
export function isDigits(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
