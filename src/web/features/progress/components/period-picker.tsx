import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { SelectField } from '../../../components/select-field';
import { useI18n } from '../../../lib/i18n';
import type { Period } from '../api/types';

/** Choose the current state or a locked period ("stand per Q2 2022"); kept in the URL as ?periode=. */
export function usePeriodParam(): string | null {
  const [params] = useSearchParams();
  return params.get('periode');
}

export function PeriodPicker({ periods }: { periods: Period[] }) {
  const { t } = useI18n();
  const locked = periods.filter((p) => p.lockedAt !== null);
  return (
    <PeriodSelect
      label={t('progress.period.label')}
      emptyLabel={t('progress.period.current')}
      options={locked.map((p) => ({ value: p.id, label: t('progress.period.asOf', { label: p.label }) }))}
    />
  );
}

/** Any period (locked or not); empty = the latest period that has started. */
export function PeriodPickerAll({ periods, label }: { periods: Period[]; label: string }) {
  const { t } = useI18n();
  return (
    <PeriodSelect label={label} emptyLabel={t('progress.period.current')} options={periods.map((p) => ({ value: p.id, label: p.label }))} />
  );
}

function PeriodSelect({ label, emptyLabel, options }: { label: string; emptyLabel: string; options: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [value, setValue] = useState(params.get('periode') ?? '');
  return (
    <form
      className="rt-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        setParams(value ? { periode: value } : {});
      }}
    >
      <SelectField label={label} name="periode" value={value} onChange={setValue} emptyLabel={emptyLabel} options={options} />
      <Button type="submit" appearance="secondary-action-button">
        {t('progress.period.show')}
      </Button>
    </form>
  );
}
