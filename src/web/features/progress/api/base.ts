/** The progress API of one programme (by slug or id). */
export const progressBase = (programme: string) => `/programmes/${encodeURIComponent(programme)}/progress`;
export const periodQuery = (periodId: string | null) => (periodId ? `?periodId=${encodeURIComponent(periodId)}` : '');
