import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { SelectField } from '../../../components/select-field';
import { TextAreaField, TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import { useRegions } from '../api/list-regions';

export interface ProgrammeExtraValues {
  regionId: string;
  documentVersion: string;
  adoptedOn: string;
  adoptedBy: string;
  replaces: string;
  vision: string;
  goal: string;
}

/** Region, the document's version, adoption (date and body), what it replaces, vision and goal. */
export function ProgrammeExtraFields({
  values,
  errors,
  onChange,
}: {
  values: ProgrammeExtraValues;
  errors: Record<string, string>;
  onChange(patch: Partial<ProgrammeExtraValues>): void;
}) {
  const { t } = useI18n();
  const regions = useRegions();
  const options = regions.state === 'ready' ? regions.data.items.map((r) => ({ value: r.id, label: r.name })) : [];
  return (
    <>
      <SelectField
        label={t('entryProgramme.region')}
        name="regionId"
        value={values.regionId}
        onChange={(regionId) => onChange({ regionId })}
        emptyLabel={t('entryProgramme.noRegion')}
        options={options}
      />
      <Fieldset>
        <FieldsetLegend>{t('entryProgramme.adoption')}</FieldsetLegend>
        <div className="rt-field-row">
          <TextField
            label={t('entryProgramme.documentVersion')}
            name="documentVersion"
            value={values.documentVersion}
            onValue={(documentVersion) => onChange({ documentVersion })}
          />
          <TextField
            label={t('entryProgramme.adoptedOn')}
            description={t('entry.date.hint')}
            name="adoptedOn"
            value={values.adoptedOn}
            onValue={(adoptedOn) => onChange({ adoptedOn })}
            errorMessage={errors.adoptedOn}
          />
          <TextField
            label={t('entryProgramme.adoptedBy')}
            name="adoptedBy"
            value={values.adoptedBy}
            onValue={(adoptedBy) => onChange({ adoptedBy })}
          />
        </div>
        <TextField
          label={t('entryProgramme.replaces')}
          name="replaces"
          value={values.replaces}
          onValue={(replaces) => onChange({ replaces })}
        />
      </Fieldset>
      <TextAreaField label={t('entryProgramme.vision')} name="vision" value={values.vision} onValue={(vision) => onChange({ vision })} />
      <TextAreaField label={t('entryProgramme.goal')} name="goal" value={values.goal} onValue={(goal) => onChange({ goal })} />
    </>
  );
}
