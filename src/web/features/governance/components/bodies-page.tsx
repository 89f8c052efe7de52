import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { StatusMessage } from '../../../components/status-message';
import { TextAreaField, TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import { useProgrammeRights } from '../../auth';
import { useKeepPrevious } from '../../progress';
import { DemoLabel } from '../../progress';
import { TableScroll } from '../../../components/table-scroll';
import { useBodies } from '../api/list-bodies';
import { createBody } from '../api/save-body';
import { BODY_KINDS, bodyPath, type Body, type BodyKind } from '../api/types';
import { GovernanceHeader, kindKey, useRefLabel } from './governance-nav';

/** The bodies of a programme as a nested list with their relations; beheerders add bodies. */
export function BodiesPage() {
  const { programmeId = '' } = useParams();
  const { t } = useI18n();
  const [revision, setRevision] = useState(0);
  const bodies = useKeepPrevious(useBodies(programmeId, revision));
  const refLabel = useRefLabel();
  const manage = useProgrammeRights(bodies.state === 'ready' ? bodies.data.programmeId : null).may('beheerder');
  const [notice, setNotice] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const [form, setForm] = useState({
    name: '',
    kind: 'werkgroep' as BodyKind,
    frequencyText: '',
    durationText: '',
    purpose: '',
    mandate: '',
    parentId: '',
    refersToBodyId: '',
    refersToName: '',
  });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));

  const relations = (b: Body) =>
    [
      b.parent ? t('governance.under', { name: refLabel(b.parent) }) : '',
      b.refersTo ? t('governance.refersTo', { name: refLabel(b.refersTo) }) : '',
      b.refersToName ? t('governance.refersTo', { name: `${b.refersToName} (${t('governance.outside')})` }) : '',
      b.referredFrom.length > 0 ? t('governance.receives', { names: b.referredFrom.map(refLabel).join(', ') }) : '',
    ].filter(Boolean);

  const submit = async () => {
    setMessage(undefined);
    setNotice('');
    try {
      await createBody(programmeId, {
        name: form.name,
        kind: form.kind,
        frequencyText: form.frequencyText || null,
        durationText: form.durationText || null,
        purpose: form.purpose || null,
        mandate: form.mandate || null,
        parentId: form.parentId || null,
        refersToBodyId: form.refersToBodyId || null,
        refersToName: form.refersToName || null,
      });
      setNotice(t('governance.added', { name: form.name }));
      setForm((f) => ({ ...f, name: '', frequencyText: '', durationText: '', purpose: '', mandate: '', refersToName: '' }));
      setRevision((r) => r + 1);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <LoadState value={bodies}>
      {(data) => (
        <>
          <GovernanceHeader programme={programmeId} title={t('governance.bodies.title')} programmeTitle={data.programmeTitle} />
          <Paragraph>{t('governance.bodies.intro')}</Paragraph>
          {data.bodies.length === 0 ? (
            <Paragraph>{t('governance.bodies.empty')}</Paragraph>
          ) : (
            <TableScroll label={t('governance.bodies.caption')}>
              <Table>
                <TableCaption>{t('governance.bodies.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('governance.col.body')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('governance.col.kind')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('governance.col.frequency')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('governance.col.seats')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('governance.col.relations')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.bodies.map((b) => (
                    <TableRow key={b.id} data-testid="body-row">
                      <TableHeaderCell scope="row">
                        <span className="rt-indent" data-depth={Math.min(b.depth, 4)}>
                          {b.depth > 0 && <span aria-hidden="true">↳ </span>}
                          <AppLink to={bodyPath(programmeId, b.id)}>{b.name}</AppLink>
                          {b.isDemo && (
                            <>
                              {' '}
                              <DemoLabel />
                            </>
                          )}
                        </span>
                      </TableHeaderCell>
                      <TableCell>{t(kindKey(b.kind))}</TableCell>
                      <TableCell>{b.frequencyText ?? '—'}</TableCell>
                      <TableCell>
                        {t('governance.seatsCount', { count: b.seats.length, vacant: b.seats.filter((s) => s.vacant).length })}
                      </TableCell>
                      <TableCell>
                        {relations(b).length === 0 ? (
                          '—'
                        ) : (
                          <ul className="rt-plain-list">
                            {relations(b).map((r) => (
                              <li key={r}>{r}</li>
                            ))}
                          </ul>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          )}

          {manage && (
            <>
              <Heading2>{t('governance.add.title')}</Heading2>
              <FormErrorSummary title={t('governance.errorTitle')} errors={{}} message={message} />
              <StatusMessage message={notice} />
              <form
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void submit();
                }}
              >
                <TextField label={t('governance.field.name')} name="name" value={form.name} onValue={set('name')} required />
                <SelectField
                  label={t('governance.field.kind')}
                  name="kind"
                  value={form.kind}
                  onChange={set('kind')}
                  options={BODY_KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
                />
                <TextField
                  label={t('governance.field.frequency')}
                  name="frequencyText"
                  value={form.frequencyText}
                  onValue={set('frequencyText')}
                  description={t('governance.field.frequencyHint')}
                />
                <TextField
                  label={t('governance.field.duration')}
                  name="durationText"
                  value={form.durationText}
                  onValue={set('durationText')}
                />
                <TextAreaField label={t('governance.field.purpose')} name="purpose" value={form.purpose} onValue={set('purpose')} />
                <TextAreaField label={t('governance.field.mandate')} name="mandate" value={form.mandate} onValue={set('mandate')} />
                <SelectField
                  label={t('governance.field.parent')}
                  name="parentId"
                  value={form.parentId}
                  onChange={set('parentId')}
                  emptyLabel={t('governance.field.none')}
                  options={data.bodies.map((b) => ({ value: b.id, label: b.name }))}
                />
                <SelectField
                  label={t('governance.field.refersTo')}
                  name="refersToBodyId"
                  value={form.refersToBodyId}
                  onChange={set('refersToBodyId')}
                  emptyLabel={t('governance.field.none')}
                  options={data.bodies.map((b) => ({ value: b.id, label: b.name }))}
                />
                <TextField
                  label={t('governance.field.refersToName')}
                  name="refersToName"
                  value={form.refersToName}
                  onValue={set('refersToName')}
                />
                <Button type="submit" appearance="primary-action-button">
                  {t('governance.add.submit')}
                </Button>
              </form>
            </>
          )}
        </>
      )}
    </LoadState>
  );
}
