import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { SelectField } from '../../../components/select-field';
import { TextAreaField, TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import { usePersons } from '../../organisations';
import type { NodeView, Organisation } from '../api/types';
import { levelLabel } from '../model/tree';

export interface NodeExtraValues {
  /** '' = the default (one below the parent). */
  level: string;
  /** One other name per line. */
  aliases: string;
  sections: { title: string; body: string }[];
  trekkerPersonIds: string[];
  /** Trekkers that are organisations: kept as they are. */
  trekkerOrganisationIds: string[];
  municipalityIds: string[];
  excludedMunicipalityIds: string[];
}

export function extraValuesOf(n: NodeView | undefined): NodeExtraValues {
  return {
    level: n ? String(n.level) : '',
    aliases: (n?.aliases ?? []).join('\n'),
    sections: n?.sections ?? [],
    trekkerPersonIds: (n?.trekkers ?? []).flatMap((t) => (t.personId ? [t.personId] : [])),
    trekkerOrganisationIds: (n?.trekkers ?? []).flatMap((t) => (t.organisationId ? [t.organisationId] : [])),
    municipalityIds: (n?.municipalities ?? []).map((m) => m.id),
    excludedMunicipalityIds: (n?.excludedMunicipalities ?? []).map((m) => m.id),
  };
}

/** The API fields the extra values become. */
export function extraInput(v: NodeExtraValues, parent: NodeView | null) {
  return {
    level: v.level === '' ? (parent ? parent.level + 1 : 0) : Number(v.level),
    aliases: v.aliases
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean),
    sections: v.sections.filter((s) => s.title.trim() || s.body.trim()).map((s) => ({ title: s.title.trim(), body: s.body })),
    trekkers: [
      ...v.trekkerPersonIds.map((personId) => ({ personId })),
      ...v.trekkerOrganisationIds.map((organisationId) => ({ organisationId })),
    ],
    municipalityIds: v.municipalityIds,
    excludedMunicipalityIds: v.excludedMunicipalityIds,
  };
}

/** Level (also the parent's own: a sub-card), other names, headed sections, trekkers and participating municipalities. */
export function NodeExtraFields({
  levelLabels,
  parent,
  values,
  organisations,
  errors,
  onChange,
}: {
  levelLabels: string[];
  parent: NodeView | null;
  values: NodeExtraValues;
  organisations: Organisation[];
  errors: Record<string, string>;
  onChange(patch: Partial<NodeExtraValues>): void;
}) {
  const { t } = useI18n();
  const persons = usePersons();
  const personOptions =
    persons.state === 'ready'
      ? persons.data.items.filter((p) => !values.trekkerPersonIds.includes(p.id)).map((p) => ({ value: p.id, label: p.name }))
      : [];
  const personName = (id: string) => (persons.state === 'ready' ? (persons.data.items.find((p) => p.id === id)?.name ?? id) : id);
  const gemeenten = organisations.filter((o) => o.kind === 'gemeente').sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const participation = (id: string) =>
    values.municipalityIds.includes(id) ? 'deelnemer' : values.excludedMunicipalityIds.includes(id) ? 'uitgezonderd' : '';
  const setParticipation = (id: string, to: string) =>
    onChange({
      municipalityIds:
        to === 'deelnemer' ? [...values.municipalityIds.filter((x) => x !== id), id] : values.municipalityIds.filter((x) => x !== id),
      excludedMunicipalityIds:
        to === 'uitgezonderd'
          ? [...values.excludedMunicipalityIds.filter((x) => x !== id), id]
          : values.excludedMunicipalityIds.filter((x) => x !== id),
    });
  const setSection = (i: number, patch: Partial<{ title: string; body: string }>) =>
    onChange({ sections: values.sections.map((s, j) => (j === i ? { ...s, ...patch } : s)) });

  return (
    <>
      {parent && (
        <SelectField
          label={t('entryNode.level')}
          description={t('entryNode.levelHint')}
          name="level"
          value={values.level === '' ? String(parent.level + 1) : values.level}
          onChange={(level) => onChange({ level })}
          options={[
            { value: String(parent.level + 1), label: t('entryNode.levelBelow', { level: levelLabel(levelLabels, parent.level + 1) }) },
            { value: String(parent.level), label: t('entryNode.levelSame', { level: levelLabel(levelLabels, parent.level) }) },
          ]}
        />
      )}
      <TextAreaField
        label={t('entryNode.aliases')}
        description={t('entryNode.aliasesHint')}
        name="aliases"
        rows={2}
        value={values.aliases}
        onValue={(aliases) => onChange({ aliases })}
      />

      <Fieldset>
        <FieldsetLegend>{t('entryNode.sections')}</FieldsetLegend>
        {values.sections.length === 0 && <Paragraph>{t('entryNode.noSections')}</Paragraph>}
        {values.sections.map((s, i) => (
          <div key={i} className="rt-section-edit" data-testid="section-edit">
            <TextField
              label={t('entryNode.sectionTitle', { n: i + 1 })}
              name={`sections[${i}].title`}
              value={s.title}
              onValue={(title) => setSection(i, { title })}
              errorMessage={errors[`sections[${i}].title`]}
            />
            <TextAreaField
              label={t('entryNode.sectionBody', { n: i + 1 })}
              name={`sections[${i}].body`}
              rows={4}
              value={s.body}
              onValue={(body) => setSection(i, { body })}
            />
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => onChange({ sections: values.sections.filter((_, j) => j !== i) })}
            >
              {t('entryNode.removeSection', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => onChange({ sections: [...values.sections, { title: '', body: '' }] })}
        >
          {t('entryNode.addSection')}
        </Button>
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>{t('entryNode.trekkers')}</FieldsetLegend>
        {values.trekkerPersonIds.length === 0 ? (
          <Paragraph>{t('entryNode.noTrekkers')}</Paragraph>
        ) : (
          <ul className="rt-plain-list" data-testid="trekker-list">
            {values.trekkerPersonIds.map((id) => (
              <li key={id}>
                {personName(id)}{' '}
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-label={t('entryNode.removeTrekker', { name: personName(id) })}
                  onClick={() => onChange({ trekkerPersonIds: values.trekkerPersonIds.filter((x) => x !== id) })}
                >
                  {t('entry.delete')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <SelectField
          label={t('entryNode.addTrekker')}
          name="addTrekker"
          value=""
          emptyLabel={t('entryNode.choosePerson')}
          options={personOptions}
          onChange={(id) => id && onChange({ trekkerPersonIds: [...values.trekkerPersonIds, id] })}
        />
      </Fieldset>

      <details className="rt-details" open={values.municipalityIds.length + values.excludedMunicipalityIds.length > 0}>
        <summary>
          {t('entryNode.municipalities', { count: values.municipalityIds.length, excluded: values.excludedMunicipalityIds.length })}
        </summary>
        <Paragraph>{t('entryNode.municipalitiesHint')}</Paragraph>
        <div className="rt-municipality-grid">
          {gemeenten.map((g) => (
            <SelectField
              key={g.id}
              label={g.name}
              name={`gemeente-${g.key}`}
              value={participation(g.id)}
              emptyLabel={t('entryNode.notNamed')}
              options={[
                { value: 'deelnemer', label: t('entryNode.participates') },
                { value: 'uitgezonderd', label: t('entryNode.excluded') },
              ]}
              onChange={(to) => setParticipation(g.id, to)}
            />
          ))}
        </div>
      </details>
    </>
  );
}
