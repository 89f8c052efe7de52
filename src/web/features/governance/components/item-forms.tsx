import { Button, ButtonGroup, Heading3 } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { TextAreaField, TextField } from '../../../components/text-field';
import { parseDateInput, toDisplayDate } from '../../../../domain/shared/date-input';
import { useI18n } from '../../../lib/i18n';
import type { Option } from '../api/options';
import type { ActionItem } from '../api/types';
import { decisionValues, type DecisionValues } from '../model/decision-values';
import { MultiSelect, OwnerFields } from './form-parts';

/** Add or correct a decision. */
export function DecisionForm({
  initial,
  nodes,
  title,
  submitLabel,
  prefix,
  onSubmit,
  onCancel,
  conflict,
}: {
  initial: DecisionValues;
  nodes: Option[];
  title: string;
  submitLabel: string;
  prefix: string;
  onSubmit(v: DecisionValues): Promise<boolean>;
  onCancel?: () => void;
  conflict?: ReactNode;
}) {
  const { t } = useI18n();
  const [v, setV] = useState(initial);
  return (
    <form
      noValidate
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(v).then((reset) => reset && setV(decisionValues(null)));
      }}
    >
      <Heading3>{title}</Heading3>
      {conflict}
      <TextAreaField
        label={t('governance.decisions.text')}
        name={`${prefix}Text`}
        value={v.text}
        onValue={(text) => setV((x) => ({ ...x, text }))}
      />
      <MultiSelect
        legend={t('governance.decisions.nodes')}
        name={`${prefix}Node`}
        values={v.nodeIds}
        options={nodes}
        emptyLabel={t('governance.field.none')}
        onChange={(nodeIds) => setV((x) => ({ ...x, nodeIds }))}
      />
      <TextField
        label={t('governance.decisions.document')}
        name={`${prefix}Document`}
        value={v.document}
        onValue={(document) => setV((x) => ({ ...x, document }))}
        description={t('governance.decisions.documentHint')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button">
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" appearance="subtle-button" onClick={onCancel}>
            {t('governance.cancel')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}

/** An action as typed: the deadline as dd-mm-jjjj. */
export interface ActionValues {
  text: string;
  ownerPersonId: string;
  ownerOrganisationId: string;
  deadline: string;
}
export const actionValues = (a: ActionItem | null): ActionValues => ({
  text: a?.text ?? '',
  ownerPersonId: a?.ownerPerson?.id ?? '',
  ownerOrganisationId: a?.ownerOrganisation?.id ?? '',
  deadline: toDisplayDate(a?.deadline),
});

/** Add or correct an action item; the deadline is typed dd-mm-jjjj and checked before sending. */
export function ActionForm({
  initial,
  persons,
  organisations,
  title,
  submitLabel,
  prefix,
  onSubmit,
  onCancel,
  conflict,
}: {
  initial: ActionValues;
  persons: Option[];
  organisations: Option[];
  title: string;
  submitLabel: string;
  prefix: string;
  onSubmit(v: {
    text: string;
    ownerPersonId: string | null;
    ownerOrganisationId: string | null;
    deadline: string | null;
  }): Promise<boolean>;
  onCancel?: () => void;
  conflict?: ReactNode;
}) {
  const { t } = useI18n();
  const [v, setV] = useState(initial);
  const [dateError, setDateError] = useState<string | undefined>();
  return (
    <form
      noValidate
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        const deadline = v.deadline.trim() === '' ? null : parseDateInput(v.deadline);
        if (v.deadline.trim() !== '' && !deadline) {
          setDateError(t('governance.date.invalid'));
          return;
        }
        setDateError(undefined);
        void onSubmit({
          text: v.text,
          ownerPersonId: v.ownerPersonId || null,
          ownerOrganisationId: v.ownerOrganisationId || null,
          deadline,
        }).then((reset) => reset && setV(actionValues(null)));
      }}
    >
      <Heading3>{title}</Heading3>
      {conflict}
      <TextField
        label={t('governance.actions.text')}
        name={`${prefix}Text`}
        value={v.text}
        onValue={(text) => setV((x) => ({ ...x, text }))}
      />
      <OwnerFields
        prefix={prefix}
        person={v.ownerPersonId}
        organisation={v.ownerOrganisationId}
        persons={persons}
        organisations={organisations}
        onPerson={(ownerPersonId) => setV((x) => ({ ...x, ownerPersonId }))}
        onOrganisation={(ownerOrganisationId) => setV((x) => ({ ...x, ownerOrganisationId }))}
      />
      <TextField
        label={t('governance.actions.deadline')}
        name={`${prefix}Deadline`}
        value={v.deadline}
        onValue={(deadline) => setV((x) => ({ ...x, deadline }))}
        description={t('governance.date.hint')}
        errorMessage={dateError}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button">
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" appearance="subtle-button" onClick={onCancel}>
            {t('governance.cancel')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
