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
import { useState } from 'react';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { SelectField } from '../../../components/select-field';
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
  const [regionId, setRegionId] = useState('');
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
        {({ items: all }) => {
          const regions = [...new Map(all.flatMap((p) => (p.region ? [[p.region.id, p.region.name] as const] : []))).entries()].sort(
            (a, b) => a[1].localeCompare(b[1], 'nl'),
          );
          const items = regionId ? all.filter((p) => p.region?.id === regionId) : all;
          return all.length === 0 ? (
            <Paragraph>{t('programmes.empty')}</Paragraph>
          ) : (
            <>
              {regions.length > 0 && (
                <SelectField
                  label={t('entryProgramme.filterRegion')}
                  name="regionFilter"
                  value={regionId}
                  onChange={setRegionId}
                  emptyLabel={t('entryProgramme.allRegions')}
                  options={regions.map(([value, label]) => ({ value, label }))}
                />
              )}
              <Table>
                <TableCaption>{t('programmes.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('programmes.col.title')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('entryProgramme.region')}</TableHeaderCell>
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
                      <TableCell data-testid="programme-region">{p.region?.name ?? ''}</TableCell>
                      <TableCell>{p.levelLabels.join(' › ')}</TableCell>
                      <TableCell>{formatPeriod(p.periodStart, p.periodEnd)}</TableCell>
                      <TableCell>{statusLabel(p.status, t)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          );
        }}
      </LoadState>
      {signedIn && <ImportProgrammeForm />}
    </>
  );
}
