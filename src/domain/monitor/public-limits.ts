import { DomainError } from '../shared/errors';
import type { MonitorQuery } from './responses';
import type { MonitorPer } from './figures';

/**
 * What the public may ask of the monitor (issue 25).
 *
 * One granularity: suppressed figures are published per quarter only. Suppression protects each
 * table's own relations (units, products, reasons); a year next to its quarters, or a quarter next
 * to its months, would add relations across tables that it does not see (year − Σ visible
 * quarters = the hidden quarter). So anyone who is not a monitor-analist (who sees the raw figures
 * anyway) gets quarters; see docs/figures/onthulling.md.
 *
 * Bounded work: an unsigned question covers at most PUBLIC_MAX_PERIODS quarters and names at
 * most PUBLIC_MAX_UNITS units.
 */
export const PUBLIC_PER: MonitorPer = 'kwartaal';
export const PUBLIC_MAX_PERIODS = 20;
export const PUBLIC_MAX_UNITS = 100;

/** Suppressed figures in another granularity than PUBLIC_PER are for the monitor-analist only. */
export function assertPublicGranularity(query: Pick<MonitorQuery, 'per' | 'suppress'>, mayChooseGranularity: boolean): void {
  if (!query.suppress || mayChooseGranularity || query.per === PUBLIC_PER) return;
  throw new DomainError(
    'VALIDATION_FAILED',
    `Afgeschermde monitorcijfers zijn er alleen per kwartaal, niet per ${query.per}: naast elkaar gelegd ` +
      `zouden een jaar en zijn kwartalen (of een kwartaal en zijn maanden) kleine aantallen verraden.`,
    [{ field: 'per', reason: 'alleen kwartaal is toegestaan' }],
  );
}

/** The limits of an unsigned question: at most PUBLIC_MAX_PERIODS periods and PUBLIC_MAX_UNITS units. */
export function assertPublicWork(periods: number, query: Pick<MonitorQuery, 'units'>): void {
  if (periods > PUBLIC_MAX_PERIODS) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Een openbare monitorvraag beslaat ten hoogste ${PUBLIC_MAX_PERIODS} kwartalen (5 jaar); deze vraag beslaat er ${periods}. Kies een kortere periode.`,
      [{ field: 'from', reason: `meer dan ${PUBLIC_MAX_PERIODS} kwartalen` }],
    );
  }
  if ((query.units?.length ?? 0) > PUBLIC_MAX_UNITS) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Een openbare monitorvraag noemt ten hoogste ${PUBLIC_MAX_UNITS} eenheden; laat 'units' weg voor alle eenheden.`,
      [{ field: 'units', reason: `meer dan ${PUBLIC_MAX_UNITS} eenheden` }],
    );
  }
}
