import type { StatusAmounts } from '../../../../domain/finance/budget';
import type { GapBudgetTotal } from '../../../../domain/finance/overview';
import { formatCents } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';

/** One total: "€ 25.000,00", or "minstens € 25.000,00 en 1 regel(s) met onbekend bedrag". */
export function AmountText({ amounts }: { amounts: StatusAmounts[keyof StatusAmounts] }) {
  const { t } = useI18n();
  if (amounts.unknown === 0) return <>{formatCents(amounts.cents)}</>;
  if (amounts.cents === 0) return <>{t('finance.unknown')}</>;
  return (
    <>
      {t('finance.atLeast', { amount: formatCents(amounts.cents) })}{' '}
      <small>({t('finance.unknownLines', { count: amounts.unknown })})</small>
    </>
  );
}

export const maybeCents = (cents: number | null, unknown: string) => (cents === null ? unknown : formatCents(cents));

/** The gap-analysis budget of a subtree: the sum, and how many parts are unknown or paid from another fund. */
export function GapText({ gap }: { gap: GapBudgetTotal }) {
  const { t } = useI18n();
  const extra = [
    gap.unknown > 0 ? t('finance.gapBudget.unknown', { count: gap.unknown }) : '',
    gap.otherFund > 0 ? t('finance.gapBudget.otherFund', { count: gap.otherFund }) : '',
  ].filter(Boolean);
  if (gap.cents === 0 && extra.length === 0) return <>–</>;
  return (
    <>
      {formatCents(gap.cents)}
      {extra.length > 0 && <small> ({extra.join(', ')})</small>}
    </>
  );
}
