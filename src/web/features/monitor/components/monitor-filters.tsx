import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import type { MonitorPer, MonitorUnitKind } from '../../../../domain/monitor/figures';
import { formatDate } from '../../../lib/format';
import { parseDisplayDate } from './figure-format';
import { useI18n } from '../../../lib/i18n';
import type { MonitorSelection } from '../api/get-monitor-figures';

const PERS: MonitorPer[] = ['kwartaal', 'maand', 'jaar'];
const KINDS: MonitorUnitKind[] = ['gemeente', 'regio', 'aanbieder'];

/** The period and unit selection; applied with one button so typing a date does not fire queries. */
export function MonitorFilters({
  value,
  onApply,
  quartersOnly = false,
}: {
  value: MonitorSelection;
  onApply: (s: MonitorSelection) => void;
  quartersOnly?: boolean;
}) {
  const pers = quartersOnly ? PERS.filter((p) => p === 'kwartaal') : PERS;
  const { t } = useI18n();
  const [invalid, setInvalid] = useState<'from' | 'to' | 'range' | null>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const from = parseDisplayDate(String(form.get('van') ?? ''));
    const to = parseDisplayDate(String(form.get('tot') ?? ''));
    const problem = !from ? 'from' : !to ? 'to' : from > to ? 'range' : null;
    setInvalid(problem);
    if (problem || !from || !to) return;
    onApply({
      from,
      to,
      per: pers.find((p) => p === form.get('per')) ?? value.per,
      by: KINDS.find((k) => k === form.get('eenheid')) ?? value.by,
    });
  };
  const message =
    invalid === 'range'
      ? t('monitor.invalidRange')
      : invalid
        ? t('monitor.invalidDate', { field: t(invalid === 'from' ? 'monitor.from' : 'monitor.to') })
        : null;
  return (
    <form className="rt-monitor-filters" onSubmit={submit} key={JSON.stringify(value)} noValidate>
      <Fieldset>
        <FieldsetLegend>{t('monitor.selection')}</FieldsetLegend>
        {message && (
          <Alert type="error" id="monitor-range-error">
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
        <div className="rt-fields">
          <DateField
            id="monitor-van"
            name="van"
            label={t('monitor.from')}
            value={value.from}
            invalid={invalid === 'from' || invalid === 'range'}
          />
          <DateField
            id="monitor-tot"
            name="tot"
            label={t('monitor.to')}
            value={value.to}
            invalid={invalid === 'to' || invalid === 'range'}
          />
          <FormField type="text" label={<FormLabel htmlFor="monitor-per">{t('monitor.per')}</FormLabel>}>
            <Select id="monitor-per" name="per" defaultValue={value.per} aria-describedby={quartersOnly ? 'monitor-per-uitleg' : undefined}>
              {pers.map((p) => (
                <SelectOption key={p} value={p}>
                  {t(`monitor.per.${p}`)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField type="text" label={<FormLabel htmlFor="monitor-eenheid">{t('monitor.by')}</FormLabel>}>
            <Select id="monitor-eenheid" name="eenheid" defaultValue={value.by}>
              {KINDS.map((k) => (
                <SelectOption key={k} value={k}>
                  {t(`monitor.by.${k}`)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        </div>
        {quartersOnly && <Paragraph id="monitor-per-uitleg">{t('monitor.quartersOnly')}</Paragraph>}
        <Button type="submit" appearance="primary-action-button">
          {t('monitor.apply')}
        </Button>
      </Fieldset>
    </form>
  );
}

/** A date typed as dd-mm-jjjj: the browser's own date picker would show its locale's format instead. */
function DateField({ id, name, label, value, invalid }: { id: string; name: string; label: string; value: string; invalid: boolean }) {
  const { t } = useI18n();
  return (
    <FormField type="text" invalid={invalid} label={<FormLabel htmlFor={id}>{`${label} (${t('monitor.dateHint')})`}</FormLabel>}>
      <Textbox
        id={id}
        name={name}
        defaultValue={formatDate(value)}
        inputMode="numeric"
        autoComplete="off"
        invalid={invalid}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'monitor-range-error' : undefined}
      />
    </FormField>
  );
}
