import { Button, Fieldset, FieldsetLegend, FormFieldCheckbox, FormFieldDescription, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../../domain/programme/vocabulary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { createOrganisation } from '../api/save-organisation';
import type { Organisation } from '../api/types';
import { serverFieldErrors, slugify } from '../model/validate';

/**
 * Tick the programme's partners among the known organisations, or add a new organisation on the
 * spot (it is ticked right away). The partners become the columns of the DIN matrix.
 */
export function OrganisationPicker({
  organisations,
  selected,
  onChange,
  onCreated,
}: {
  organisations: Organisation[];
  selected: string[];
  onChange(ids: string[]): void;
  onCreated(o: Organisation): void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [cbsCode, setCbsCode] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  async function add() {
    const next: Record<string, string> = {};
    if (!name.trim()) next.name = t('validation.partnerNameRequired');
    if (!kind) next.kind = t('validation.kindRequired');
    if (kind === 'gemeente' && !/^\d{4}$/.test(cbsCode)) next.cbsCode = t('validation.cbsCode');
    setErrors(next);
    if (Object.keys(next).length > 0 || !kind) return;
    setBusy(true);
    try {
      const created = await createOrganisation({
        key: slugify(name),
        name: name.trim(),
        kind,
        cbsCode: kind === 'gemeente' ? cbsCode : null,
      });
      onCreated(created);
      onChange([...selected, created.id]);
      setName('');
      setKind('');
      setCbsCode('');
    } catch (err) {
      const fields = err instanceof ApiError ? serverFieldErrors(err.details) : {};
      setErrors(
        Object.keys(fields).length > 0
          ? { ...fields, name: fields.name ?? fields.key ?? (err as Error).message }
          : { name: (err as Error).message },
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Fieldset>
      <FieldsetLegend>{t('programmeForm.partners')}</FieldsetLegend>
      <FormFieldDescription>{t('programmeForm.partnersHint')}</FormFieldDescription>
      <div className="rt-checkbox-columns">
        {sorted.map((o) => (
          <FormFieldCheckbox
            key={o.id}
            label={o.name}
            name="partnerIds"
            value={o.id}
            checked={selected.includes(o.id)}
            onChange={(e) => onChange(e.target.checked ? [...selected, o.id] : selected.filter((id) => id !== o.id))}
          />
        ))}
      </div>
      <div className="rt-subform">
        <Paragraph>
          <strong>{t('programmeForm.newOrganisation')}</strong>
        </Paragraph>
        <TextField label={t('partner.add.name')} name="organisationName" value={name} onValue={setName} errorMessage={errors.name} />
        <SelectField
          label={t('partners.addOrg.kind')}
          name="organisationKind"
          value={kind}
          emptyLabel={t('effortForm.kindChoose')}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: k }))}
          onChange={(v) => setKind(ORGANISATION_KINDS.find((k) => k === v) ?? '')}
          errorMessage={errors.kind}
        />
        {kind === 'gemeente' && (
          <TextField
            label={t('partners.addOrg.cbsCode')}
            name="cbsCode"
            value={cbsCode}
            onValue={setCbsCode}
            errorMessage={errors.cbsCode}
          />
        )}
        <Button type="button" appearance="secondary-action-button" onClick={() => void add()} busy={busy} disabled={busy}>
          {t('programmeForm.addOrganisation')}
        </Button>
      </div>
    </Fieldset>
  );
}
