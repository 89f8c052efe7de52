import {
  Button,
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
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { FlashMessage } from '../../../components/flash-message';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { TableScroll } from '../../../components/table-scroll';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import { exportUrl, useServiceMunicipalities, useServices, type ServiceFilter } from '../api/services';
import { kindLabel, kindOptions, referralKey } from './service-labels';
import './social-map.css';

/** /sociale-kaart: search and filter the services; links to the per-municipality overviews, the export and the import. */
export function SocialMapPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter: ServiceFilter = {
    gemeente: params.get('gemeente') ?? '',
    soort: params.get('soort') ?? '',
    zonderVerwijzing: params.get('zonderVerwijzing') ?? '',
    q: params.get('q') ?? '',
  };
  const [draft, setDraft] = useState(filter);
  const services = useServices(filter);
  const municipalities = useServiceMunicipalities();
  const municipalityOptions =
    municipalities.state === 'ready' ? municipalities.data.items.map((m) => ({ value: m.id, label: m.name })) : [];

  function apply(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(draft)) if (v) next.set(k, v);
    setParams(next);
  }
  function reset() {
    setDraft({ gemeente: '', soort: '', zonderVerwijzing: '', q: '' });
    setParams(new URLSearchParams());
  }

  return (
    <>
      <FlashMessage />
      <Heading1>{t('socialMap.title')}</Heading1>
      <Paragraph>{t('socialMap.intro')}</Paragraph>
      <LoadState value={services}>
        {(data) =>
          data.mayCreate ? (
            <ButtonGroup>
              <AppButtonLink to="/sociale-kaart/nieuw" appearance="primary-action">
                {t('socialMap.new')}
              </AppButtonLink>
              <AppButtonLink to="/sociale-kaart/importeren">{t('socialMap.import')}</AppButtonLink>
            </ButtonGroup>
          ) : null
        }
      </LoadState>
      <section aria-labelledby="rt-sk-filters" className="rt-sk-section">
        <Heading2 id="rt-sk-filters">{t('socialMap.filters')}</Heading2>
        <form onSubmit={apply} role="search" aria-labelledby="rt-sk-filters">
          <div className="rt-sk-filter-grid">
            <TextField
              label={t('socialMap.filter.q')}
              name="q"
              type="search"
              value={draft.q ?? ''}
              description={t('socialMap.filter.qHint')}
              onValue={(q) => setDraft({ ...draft, q })}
            />
            <SelectField
              label={t('socialMap.filter.municipality')}
              name="gemeente"
              value={draft.gemeente ?? ''}
              emptyLabel={t('socialMap.filter.all')}
              options={municipalityOptions}
              onChange={(gemeente) => setDraft({ ...draft, gemeente })}
            />
            <SelectField
              label={t('socialMap.filter.kind')}
              name="soort"
              value={draft.soort ?? ''}
              emptyLabel={t('socialMap.filter.all')}
              options={kindOptions(locale)}
              onChange={(soort) => setDraft({ ...draft, soort })}
            />
            <SelectField
              label={t('socialMap.filter.referral')}
              name="zonderVerwijzing"
              value={draft.zonderVerwijzing ?? ''}
              emptyLabel={t('socialMap.filter.all')}
              options={(['ja', 'nee', 'onbekend'] as const).map((v) => ({ value: v, label: t(`socialMap.referral.${v}`) }))}
              onChange={(zonderVerwijzing) => setDraft({ ...draft, zonderVerwijzing })}
            />
          </div>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button">
              {t('socialMap.filter.apply')}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={reset}>
              {t('socialMap.filter.reset')}
            </Button>
          </ButtonGroup>
        </form>
      </section>
      <LoadState value={services}>
        {(data) => (
          <section aria-labelledby="rt-sk-results" className="rt-sk-section">
            <Heading2 id="rt-sk-results" aria-live="polite">
              {data.items.length === 1 ? t('socialMap.countOne') : t('socialMap.count', { count: data.items.length })}
            </Heading2>
            {data.items.length === 0 ? (
              <Paragraph>{t('socialMap.empty')}</Paragraph>
            ) : (
              <TableScroll label={t('socialMap.caption')}>
                <Table>
                  <TableCaption>{t('socialMap.caption')}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      {(['name', 'kind', 'municipalities', 'referral', 'provider'] as const).map((c) => (
                        <TableHeaderCell scope="col" key={c}>
                          {t(`socialMap.col.${c}`)}
                        </TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {data.items.map((s) => (
                      <TableRow key={s.id}>
                        <TableHeaderCell scope="row">
                          <AppLink to={`/sociale-kaart/${s.id}`}>{s.name}</AppLink>
                          {!s.published && <span className="rt-sk-tag"> {t('socialMap.unpublished')}</span>}
                          {s.isDemo && <span className="rt-sk-tag"> {t('socialMap.demoShort')}</span>}
                        </TableHeaderCell>
                        <TableCell>{kindLabel(s.kind, locale)}</TableCell>
                        <TableCell>{s.municipalities.map((m) => m.name).join(', ')}</TableCell>
                        <TableCell>{t(referralKey(s.withoutReferral))}</TableCell>
                        <TableCell>{s.provider.name ?? t('common.none')}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            )}
            <ButtonGroup>
              <a
                className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                href={exportUrl(filter, 'csv')}
                download
              >
                {t('socialMap.exportCsv')}
              </a>
              <a
                className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                href={exportUrl(filter, 'xlsx')}
                download
              >
                {t('socialMap.exportXlsx')}
              </a>
            </ButtonGroup>
          </section>
        )}
      </LoadState>
      <section aria-labelledby="rt-sk-municipalities" className="rt-sk-section">
        <Heading2 id="rt-sk-municipalities">{t('socialMap.perMunicipality')}</Heading2>
        <LoadState value={municipalities}>
          {(data) => (
            <UnorderedList className="rt-sk-columns">
              {data.items
                .filter((m) => m.services > 0)
                .map((m) => (
                  <UnorderedListItem key={m.id}>
                    <AppLink to={`/sociale-kaart/gemeenten/${m.id}`}>
                      {t('socialMap.municipalityCount', { name: m.name, count: m.services })}
                    </AppLink>
                  </UnorderedListItem>
                ))}
            </UnorderedList>
          )}
        </LoadState>
      </section>
    </>
  );
}
