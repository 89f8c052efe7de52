import {
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
import { StatusMessage } from '../../../components/status-message';
import { useI18n } from '../../../lib/i18n';
import { useProgrammeRights } from '../../auth';
import { useKeepPrevious } from '../../progress';
import { DemoLabel } from '../../progress';
import { TableScroll } from '../../../components/table-scroll';
import { useBodies } from '../api/list-bodies';
import { createBody } from '../api/save-body';
import { useNodeOptions } from '../api/options';
import { bodyPath, type Body } from '../api/types';
import { BodyForm, bodyInput, emptyBody, type BodyValues } from './body-form';
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
  const nodes = useNodeOptions(programmeId);

  const relations = (b: Body) =>
    [
      b.parent ? t('governance.under', { name: refLabel(b.parent) }) : '',
      b.refersTo ? t('governance.refersTo', { name: refLabel(b.refersTo) }) : '',
      b.refersToName ? t('governance.refersTo', { name: `${b.refersToName} (${t('governance.outside')})` }) : '',
      b.referredFrom.length > 0 ? t('governance.receives', { names: b.referredFrom.map(refLabel).join(', ') }) : '',
    ].filter(Boolean);

  const submit = async (form: BodyValues): Promise<boolean> => {
    setMessage(undefined);
    setNotice('');
    try {
      await createBody(programmeId, bodyInput(form));
      setNotice(t('governance.added', { name: form.name }));
      setRevision((r) => r + 1);
      return true;
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
      return false;
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
              <BodyForm
                label={t('governance.add.title')}
                initial={emptyBody}
                bodies={data.bodies.map((b) => ({ value: b.id, label: b.name }))}
                nodes={nodes.state === 'ready' ? nodes.data : []}
                submitLabel={t('governance.add.submit')}
                onSubmit={submit}
              />
            </>
          )}
        </>
      )}
    </LoadState>
  );
}
