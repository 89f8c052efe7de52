import { Button, Heading2 } from '@utrecht/component-library-react';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import { NODE_SCOPES } from '../../../../domain/programme/vocabulary';
import type { Scope } from '../api/types';
import type { PartnerOption } from '../model/partners';
import { NO_FILTER, type TreeFilter } from '../model/tree';

export function TreeFilters({
  filter,
  onChange,
  owners,
  partners,
  organisations,
}: {
  filter: TreeFilter;
  onChange(f: TreeFilter): void;
  owners: { value: string; label: string }[];
  partners: PartnerOption[];
  /** Offered when known (signed in): where an organisation commits, also through its groups. */
  organisations: { value: string; label: string }[];
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="filters-heading" className="rt-filters">
      <Heading2 id="filters-heading" className="rt-visually-hidden">
        {t('programme.filter.title')}
      </Heading2>
      <div className="rt-filter-row">
        <TextField
          label={t('programme.filter.text')}
          name="text"
          type="search"
          value={filter.text}
          onValue={(text) => onChange({ ...filter, text })}
        />
        <SelectField
          label={t('programme.filter.owner')}
          name="owner"
          value={filter.ownerId}
          emptyLabel={t('programme.filter.all')}
          options={owners}
          onChange={(ownerId) => onChange({ ...filter, ownerId })}
        />
        <SelectField
          label={t('programme.filter.partner')}
          name="partner"
          value={filter.partnerId}
          emptyLabel={t('programme.filter.all')}
          options={partners}
          onChange={(partnerId) => onChange({ ...filter, partnerId })}
        />
        {organisations.length > 0 && (
          <SelectField
            label={t('reading.filter.organisation')}
            name="organisation"
            value={filter.organisationId}
            emptyLabel={t('programme.filter.all')}
            options={organisations}
            onChange={(organisationId) => onChange({ ...filter, organisationId })}
          />
        )}
        <SelectField
          label={t('programme.filter.scope')}
          name="scope"
          value={filter.scope}
          emptyLabel={t('programme.filter.all')}
          options={NODE_SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) }))}
          onChange={(scope) => onChange({ ...filter, scope: scope as Scope | '' })}
        />
        <div className="rt-filter-reset">
          <Button appearance="subtle-button" onClick={() => onChange(NO_FILTER)}>
            {t('programme.filter.reset')}
          </Button>
        </div>
      </div>
    </section>
  );
}
