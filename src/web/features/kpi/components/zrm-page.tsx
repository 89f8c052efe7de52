import {
  Alert,
  ButtonGroup,
  Heading1,
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
import { useParams } from 'react-router-dom';
import { formatDutchNumber } from '../../../../domain/kpi/units';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { useProgrammeRights } from '../../auth';
import { useProgramme } from '../../programmes';
import { LoadState } from '../../../components/load-state';
import { useI18n } from '../../../lib/i18n';
import { TableScroll } from '../../../components/table-scroll';
import { useZrm } from '../api/get-zrm';
import './kpi.css';

const cell = (c: number | string, pct: number | null) =>
  typeof c === 'string' ? c : pct === null ? String(c) : `${c} (${formatDutchNumber(pct, 1)}%)`;

/** ZRM outcomes per provider and in total, with the monitor's suppression of small counts. */
export function ZrmPage() {
  const { programmeId = '' } = useParams();
  const { t } = useI18n();
  const zrm = useZrm(programmeId);
  const programme = useProgramme(programmeId);
  const rights = useProgrammeRights(programme.state === 'ready' ? programme.data.id : null);
  return (
    <>
      <Paragraph>
        <AppLink to={`/programmas/${programmeId}/kpi`}>{t('kpi.backToOverview')}</AppLink>
      </Paragraph>
      <Heading1>{t('kpi.zrm.title')}</Heading1>
      {rights.may('rapporteur') && (
        <ButtonGroup>
          <AppButtonLink to={`/programmas/${programmeId}/kpi/zrm/importeren`}>{t('kpi.zrmImport.link')}</AppButtonLink>
        </ButtonGroup>
      )}
      <LoadState value={zrm}>
        {(z) => (
          <>
            <Paragraph>{t('kpi.zrm.intro', { threshold: z.threshold })}</Paragraph>
            {z.isDemo && (
              <Alert type="info">
                <Paragraph>{t('kpi.demoNotice')}</Paragraph>
              </Alert>
            )}
            <Paragraph>{t('kpi.zrm.pairs', { n: z.pairs })}</Paragraph>
            {[...z.providers.map((p) => ({ id: p.id, name: p.name })), { id: 'totaal', name: 'Totaal' }].map((u) => (
              <section key={u.id} aria-labelledby={`zrm-${u.id}`}>
                <Heading2 id={`zrm-${u.id}`}>{u.name}</Heading2>
                <TableScroll label={`${t('kpi.zrm.title')}: ${u.name}`}>
                  <Table>
                    <TableCaption>{`${t('kpi.zrm.title')}: ${u.name}`}</TableCaption>
                    <TableHeader>
                      <TableRow>
                        {[t('kpi.zrm.domain'), t('kpi.zrm.n'), t('kpi.zrm.improved'), t('kpi.zrm.stable'), t('kpi.zrm.declined')].map(
                          (h) => (
                            <TableHeaderCell scope="col" key={h}>
                              {h}
                            </TableHeaderCell>
                          ),
                        )}
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {z.rows
                        .filter((r) => r.unit === u.id)
                        .map((r) => (
                          <TableRow key={r.domain}>
                            <TableHeaderCell scope="row">{r.domain}</TableHeaderCell>
                            <TableCell className="rt-num">{String(r.n)}</TableCell>
                            <TableCell className="rt-num">{cell(r.verbeterd, r.pctVerbeterd)}</TableCell>
                            <TableCell className="rt-num">{cell(r.gelijk, r.pctGelijk)}</TableCell>
                            <TableCell className="rt-num">{cell(r.verslechterd, r.pctVerslechterd)}</TableCell>
                          </TableRow>
                        ))}
                    </TableBody>
                  </Table>
                </TableScroll>
              </section>
            ))}
          </>
        )}
      </LoadState>
    </>
  );
}
