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
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { formatPeriod } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useProgrammeRights } from '../../auth';
import { statusLabel } from '../model/status';
import { useProgrammes } from '../api/list-programmes';
import { ImportProgrammeForm } from './import-programme-form';

export function ProgrammeListPage() {
  const { t } = useI18n();
  const programmes = useProgrammes();
  // Starting or importing a programme is the platform beheerder's (domain/access CREATE_PROGRAMME_ACCESS).
  const { mayCreateProgramme: signedIn } = useProgrammeRights(null);
  return (
    <>
      <Heading1>{t('programmes.title')}</Heading1>
      <Paragraph>{t('programmes.intro')}</Paragraph>
      {signedIn && (
        <Paragraph className="rt-actions">
          <AppButtonLink to="/programmas/nieuw" appearance="primary-action">
            {t('programmes.new')}
          </AppButtonLink>
        </Paragraph>
      )}
      <LoadState value={programmes}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('programmes.empty')}</Paragraph>
          ) : (
            <Table>
              <TableCaption>{t('programmes.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('programmes.col.title')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('programmes.col.levels')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('programmes.col.period')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('programmes.col.status')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((p) => (
                  <TableRow key={p.id} data-testid="programme-row">
                    <TableCell>
                      <AppLink to={`/programmas/${p.slug}`}>{p.title}</AppLink>
                    </TableCell>
                    <TableCell>{p.levelLabels.join(' › ')}</TableCell>
                    <TableCell>{formatPeriod(p.periodStart, p.periodEnd)}</TableCell>
                    <TableCell>{statusLabel(p.status, t)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        }
      </LoadState>
      {signedIn && <ImportProgrammeForm />}
    </>
  );
}
