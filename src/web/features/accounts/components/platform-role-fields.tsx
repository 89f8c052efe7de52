import { Fieldset, FieldsetLegend, FormFieldCheckbox } from '@utrecht/component-library-react';
import { PLATFORM_ROLES } from '../../../../domain/access/rules';
import { useI18n } from '../../../lib/i18n';
import type { PlatformRole } from '../api/types';
import { PLATFORM_ROLE_HINT, PLATFORM_ROLE_LABEL } from './role-labels';

/** The platform roles as checkboxes, each with what it allows; `locked` roles cannot be unticked (one's own beheerder role). */
export function PlatformRoleFields({
  value,
  onChange,
  locked = [],
}: {
  value: PlatformRole[];
  onChange(roles: PlatformRole[]): void;
  locked?: PlatformRole[];
}) {
  const { t } = useI18n();
  return (
    <Fieldset>
      <FieldsetLegend>{t('accounts.field.platformRoles')}</FieldsetLegend>
      {PLATFORM_ROLES.map((role) => (
        <FormFieldCheckbox
          key={role}
          label={t(PLATFORM_ROLE_LABEL[role])}
          description={
            locked.includes(role) ? `${t(PLATFORM_ROLE_HINT[role])} ${t('accounts.role.ownLocked')}` : t(PLATFORM_ROLE_HINT[role])
          }
          name="platformRoles"
          value={role}
          checked={value.includes(role)}
          disabled={locked.includes(role)}
          onChange={(e) => onChange(e.target.checked ? [...value.filter((r) => r !== role), role] : value.filter((r) => r !== role))}
        />
      ))}
    </Fieldset>
  );
}
