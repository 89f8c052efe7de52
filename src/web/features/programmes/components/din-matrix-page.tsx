import {
  FormFieldCheckbox,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { useI18n } from '../../../lib/i18n';
import { PATH_SEPARATOR } from '../../../../domain/programme/tree-order';
import { dinXlsxUrl, useDin, type DinCell, type DinMatrix } from '../api/get-din';
import { useOrganisations } from '../api/list-organisations';
import { useProgramme } from '../api/get-programme';
import type { Programme } from '../api/types';
import { levelLabel } from '../model/tree';
import { Breadcrumb } from './breadcrumb';

/** Doelen × partijen: goals as rows, partners as columns, what each partner commits to in the cells. */
export function DinMatrixPage() {
  const { programmeId = '' } = useParams();
  const programme = useProgramme(programmeId);
  return <LoadState value={programme}>{(p) => <DinView programme={p} />}</LoadState>;
}

function DinView({ programme: p }: { programme: Programme }) {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const partner = search.get('partner') ?? '';
  const organisation = search.get('organisatie') ?? '';
  const selection = { partner, organisation };
  const din = useDin(p.slug, selection);
  const organisations = useOrganisations();
  const organisationOptions =
    organisations.state === 'ready'
      ? organisations.data.items.map((o) => ({ value: o.id, label: o.name })).sort((a, b) => a.label.localeCompare(b.label, 'nl'))
      : [];
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  // Keep the filter's choices while a filtered matrix loads.
  useEffect(() => {
    if (din.state === 'ready') setOptions(din.data.allPartners.map((x) => ({ value: x.key, label: x.label })));
  }, [din]);
  const base = `/programmas/${p.slug}`;

  return (
    <>
      <Breadcrumb
        items={[
          { to: '/', label: t('nav.programmes') },
          { to: base, label: p.shortName ?? p.title },
        ]}
        current={t('programme.din')}
      />
      <Heading1>{t('din.title', { title: p.shortName ?? p.title })}</Heading1>
      <Paragraph>{t('din.intro')}</Paragraph>
      <div className="rt-filter-row">
        <SelectField
          label={t('din.filter')}
          name="partner"
          value={partner}
          emptyLabel={t('din.allPartners')}
          options={options}
          onChange={(v) => setSearch(v ? { partner: v } : {}, { replace: true })}
        />
        {organisationOptions.length > 0 && (
          <SelectField
            label={t('reading.din.organisation')}
            name="organisatie"
            value={organisation}
            emptyLabel={t('din.allPartners')}
            options={organisationOptions}
            onChange={(v) => setSearch(v ? { organisatie: v } : {}, { replace: true })}
          />
        )}
        <div className="rt-filter-reset">
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={dinXlsxUrl(p.slug, selection)}
            download
          >
            {t('din.download')}
          </a>
        </div>
      </div>
      <LoadState value={din}>
        {(m) => <MatrixTable matrix={m} programme={p} partnerName={options.find((o) => o.value === partner)?.label} />}
      </LoadState>
    </>
  );
}

function MatrixTable({ matrix, programme: p, partnerName }: { matrix: DinMatrix; programme: Programme; partnerName: string | undefined }) {
  const { t } = useI18n();
  const [showBlank, setShowBlank] = useState(false);
  if (matrix.allPartners.length === 0) return <Paragraph>{t('reading.din.noEfforts')}</Paragraph>;
  if (matrix.rows.length === 0 || matrix.partners.length === 0) return <Paragraph>{t('reading.din.noneForSelection')}</Paragraph>;
  const org = matrix.organisation;
  const caption = org
    ? org.groups.length > 0
      ? t('reading.din.organisationCaption', { name: org.name, groups: org.groups.join(', ') })
      : t('reading.din.organisationCaptionAlone', { name: org.name })
    : partnerName
      ? t('din.captionPartner', { partner: partnerName })
      : t('din.caption');
  // A partner nobody filled in a single cell for is noise in a wide matrix; it stays one click away.
  const filled = new Set(matrix.rows.flatMap((r) => r.cells.filter((c) => c.state !== 'leeg').map((c) => c.partnerKey)));
  const blank = matrix.partners.filter((x) => !filled.has(x.key));
  const partners = showBlank ? matrix.partners : matrix.partners.filter((x) => filled.has(x.key));
  return (
    <>
      <div className="rt-din-options">
        {blank.length > 0 && (
          <FormFieldCheckbox
            label={t('din.showBlank', { count: blank.length })}
            name="showBlank"
            checked={showBlank}
            onChange={(e) => setShowBlank(e.target.checked)}
          />
        )}
        <Legend />
      </div>
      <div className="rt-scroll" role="region" aria-label={caption} tabIndex={0}>
        <Table className="rt-din">
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('din.goal')}</TableHeaderCell>
              {partners.map((x) => (
                <TableHeaderCell scope="col" key={x.key}>
                  {x.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {matrix.rows.map(({ goal, cells }) => (
              <TableRow key={goal.id} data-testid="din-row">
                <TableHeaderCell scope="row" className="rt-din__goal">
                  <span className="rt-din__level">{levelLabel(p.levelLabels, goal.level)}</span>{' '}
                  {goal.path && goal.path.length > 0 && (
                    <span className="rt-path">{`${goal.path.join(PATH_SEPARATOR)}${PATH_SEPARATOR}`}</span>
                  )}
                  <AppLink to={`/programmas/${p.slug}/elementen/${goal.id}`}>
                    {goal.code ? `${goal.code} ${goal.title}` : goal.title}
                  </AppLink>
                </TableHeaderCell>
                {partners.map((x) => (
                  <TableCell key={x.key}>
                    <Cell cell={cells.find((c) => c.partnerKey === x.key)} />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <Paragraph className="rt-legend">
      {t('din.legend')}: <span className="rt-none">{t('din.none')}</span> {t('din.legendNone')};{' '}
      <span className="rt-din__empty" aria-hidden="true">
        ·
      </span>{' '}
      {t('din.legendEmpty')}
    </Paragraph>
  );
}

function Cell({ cell }: { cell: DinCell | undefined }) {
  const { t } = useI18n();
  if (!cell || cell.state === 'leeg')
    return (
      <span className="rt-din__empty" title={t('din.empty')}>
        <span aria-hidden="true">·</span>
        <span className="rt-visually-hidden">{t('din.empty')}</span>
      </span>
    );
  if (cell.state === 'geen') return <span className="rt-none">{t('din.none')}</span>;
  const real = cell.efforts.filter((e) => !e.geen);
  if (real.length === 1) return <>{real[0]?.text}</>;
  return (
    <UnorderedList className="rt-din__list">
      {real.map((e) => (
        <UnorderedListItem key={e.id}>{e.text}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
