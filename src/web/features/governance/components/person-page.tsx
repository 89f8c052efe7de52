import {
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { useI18n } from '../../../lib/i18n';
import { usePersonBodies } from '../api/person-bodies';
import { bodyPath } from '../api/types';
import { kindKey } from './governance-nav';

/** A minimal person page: the bodies the person sits in (the organisations feature may grow it). */
export function PersonPage() {
  const { personId = '' } = useParams();
  const { t } = useI18n();
  const view = usePersonBodies(personId);
  return (
    <LoadState value={view}>
      {(p) => (
        <>
          <Heading1>{t('governance.person.title', { name: p.personName })}</Heading1>
          <Paragraph>{t('governance.person.intro')}</Paragraph>
          {p.seats.length === 0 ? (
            <Paragraph>{t('governance.person.empty')}</Paragraph>
          ) : (
            <Table>
              <TableCaption>{t('governance.person.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('governance.col.body')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('governance.seats.role')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('governance.seats.onBehalfOf')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('governance.person.programme')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {p.seats.map((s) => (
                  <TableRow key={s.seatId} data-testid="person-seat">
                    <TableHeaderCell scope="row">
                      <AppLink to={bodyPath(s.programmeSlug, s.body.id)}>{s.body.name}</AppLink>{' '}
                      <span className="rt-muted">({t(kindKey(s.body.kind))})</span>
                    </TableHeaderCell>
                    <TableCell>{s.role}</TableCell>
                    <TableCell>{s.organisations.map((o) => o.name).join(', ') || '—'}</TableCell>
                    <TableCell>{s.programmeTitle}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </LoadState>
  );
}
