import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { PROGRAMME_ROLES } from '../../../../domain/access/rules';
import { RadioOption } from '../../../components/radio-option';
import { SelectField } from '../../../components/select-field';
import { useI18n } from '../../../lib/i18n';
import type { OrganisationOption, ProgrammeRole } from '../api/types';
import { PROGRAMME_ROLE_HINT, PROGRAMME_ROLE_LABEL } from './role-labels';

/** Lowest to highest, as people read them. */
const ROLES_ASCENDING: ProgrammeRole[] = [...PROGRAMME_ROLES].reverse();

/** A member's role (radio buttons, each with what it allows) and the organisation the member acts for. */
export function MembershipFields({
  role,
  organisationId,
  organisations,
  onRole,
  onOrganisation,
  name,
}: {
  role: ProgrammeRole;
  organisationId: string;
  organisations: OrganisationOption[];
  onRole(role: ProgrammeRole): void;
  onOrganisation(id: string): void;
  /** Radio group name; unique per form on the page. */
  name: string;
}) {
  const { t } = useI18n();
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <>
      <Fieldset>
        <FieldsetLegend>{t('members.field.role')}</FieldsetLegend>
        {ROLES_ASCENDING.map((r) => (
          <RadioOption key={r} name={name} value={r} checked={role === r} onChange={() => onRole(r)}>
            {t(PROGRAMME_ROLE_LABEL[r])}
            <span className="rt-role-hint"> — {t(PROGRAMME_ROLE_HINT[r])}</span>
          </RadioOption>
        ))}
      </Fieldset>
      <SelectField
        label={t('members.field.organisation')}
        name={`${name}-organisation`}
        value={organisationId}
        emptyLabel={t('members.noOrganisation')}
        options={sorted.map((o) => ({ value: o.id, label: o.name }))}
        onChange={onOrganisation}
        description={t('members.field.organisation.hint')}
      />
      {sorted.length === 0 && <Paragraph className="rt-muted">{t('members.noOrganisations')}</Paragraph>}
    </>
  );
}
