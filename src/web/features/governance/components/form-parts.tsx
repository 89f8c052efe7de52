import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { ConflictNotice, type ConflictRow } from '../../../components/conflict-notice';
import { SelectField } from '../../../components/select-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import type { Option } from '../api/options';

/** The stored record from a 409 (VERSION_CONFLICT) answer; null for any other error. */
export function conflictCurrent<T>(err: unknown): T | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const d = err.details as { current?: T } | null;
  return d?.current ?? null;
}

/** Several choices from one list (organisations of a seat, steered nodes): a select per choice, add and remove. */
export function MultiSelect({
  legend,
  name,
  values,
  options,
  onChange,
  emptyLabel,
}: {
  legend: string;
  name: string;
  values: string[];
  options: Option[];
  onChange(values: string[]): void;
  emptyLabel: string;
}) {
  const { t } = useI18n();
  const rows = values.length === 0 ? [''] : values;
  return (
    <Fieldset>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {rows.map((v, i) => (
        <div key={i} className="rt-multi-row">
          <SelectField
            label={t('governance.multi.item', { what: legend, n: i + 1 })}
            name={`${name}-${i}`}
            value={v}
            emptyLabel={emptyLabel}
            options={options}
            onChange={(next) => onChange(rows.map((x, j) => (j === i ? next : x)))}
          />
          {rows.length > 1 && (
            <Button type="button" appearance="subtle-button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {t('governance.multi.remove', { what: legend, n: i + 1 })}
            </Button>
          )}
        </div>
      ))}
      <Button type="button" appearance="secondary-action-button" onClick={() => onChange([...rows, ''])}>
        {t('governance.multi.add', { what: legend })}
      </Button>
    </Fieldset>
  );
}

/** Who: a person and/or an organisation (an action's owner). */
export function OwnerFields({
  prefix,
  person,
  organisation,
  persons,
  organisations,
  onPerson,
  onOrganisation,
}: {
  prefix: string;
  person: string;
  organisation: string;
  persons: Option[];
  organisations: Option[];
  onPerson(v: string): void;
  onOrganisation(v: string): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <SelectField
        label={t('governance.actions.ownerPerson')}
        name={`${prefix}Person`}
        value={person}
        onChange={onPerson}
        emptyLabel={t('governance.field.none')}
        options={persons}
      />
      <SelectField
        label={t('governance.actions.ownerOrganisation')}
        name={`${prefix}Organisation`}
        value={organisation}
        onChange={onOrganisation}
        emptyLabel={t('governance.field.none')}
        options={organisations}
      />
    </>
  );
}

/**
 * Saving with an optimistic version: a 409 shows the stored state beside the user's input; "apply
 * again" keeps the input on the current version, "take current" drops it.
 */
export function useVersionedSave<T extends { version: number }>(initialVersion: number) {
  const [version, setVersion] = useState(initialVersion);
  const [conflict, setConflict] = useState<T | null>(null);
  const save = async (work: (version: number) => Promise<void>) => {
    try {
      await work(version);
      setConflict(null);
    } catch (e) {
      const current = conflictCurrent<T>(e);
      if (!current) throw e;
      setConflict(current);
    }
  };
  const notice = (rows: (current: T) => ConflictRow[], onDiscard: () => void): ReactNode =>
    conflict && (
      <ConflictNotice
        version={conflict.version}
        rows={rows(conflict)}
        onRedo={() => {
          setVersion(conflict.version);
          setConflict(null);
        }}
        onDiscard={() => {
          setConflict(null);
          onDiscard();
        }}
      />
    );
  return { save, notice };
}
