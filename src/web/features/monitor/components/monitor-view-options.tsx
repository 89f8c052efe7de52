import { Fieldset, FieldsetLegend, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { MonitorProduct } from '../../../../domain/monitor/figures';
import { useI18n } from '../../../lib/i18n';

const PRODUCTS: MonitorProduct[] = ['totaal', 'BW', 'MO'];

export interface MonitorViewOptionsProps {
  product: MonitorProduct;
  periods: { key: string; label: string }[];
  period: string;
  units: { code: string; name: string }[];
  unit: string;
  unitLabel: string;
  onChange: (changes: Record<string, string | null>) => void;
}

/** What to show from the answer already loaded: product, the table's period, the charts' unit. No new query. */
export function MonitorViewOptions({ product, periods, period, units, unit, unitLabel, onChange }: MonitorViewOptionsProps) {
  const { t } = useI18n();
  return (
    <Fieldset className="rt-monitor-view">
      <FieldsetLegend>{t('monitor.view')}</FieldsetLegend>
      <div className="rt-fields">
        <FormField type="text" label={<FormLabel htmlFor="monitor-product">{t('monitor.product')}</FormLabel>}>
          <Select
            id="monitor-product"
            value={product}
            onChange={(e) => onChange({ product: e.target.value === 'totaal' ? null : e.target.value })}
          >
            {PRODUCTS.map((p) => (
              <SelectOption key={p} value={p}>
                {t(`monitor.product.${p}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField type="text" label={<FormLabel htmlFor="monitor-periode">{t('monitor.tablePeriod')}</FormLabel>}>
          <Select id="monitor-periode" value={period} onChange={(e) => onChange({ periode: e.target.value })}>
            {periods.map((p) => (
              <SelectOption key={p.key} value={p.key}>
                {p.label}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField
          type="text"
          label={<FormLabel htmlFor="monitor-grafiek">{`${t('monitor.chartUnit')} (${unitLabel.toLowerCase()})`}</FormLabel>}
        >
          <Select id="monitor-grafiek" value={unit} onChange={(e) => onChange({ grafiek: e.target.value })}>
            {units.map((u) => (
              <SelectOption key={u.code} value={u.code}>
                {u.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
    </Fieldset>
  );
}
