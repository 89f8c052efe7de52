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
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ADOPTION_STATUSES } from '../../../../domain/knowledge/vocabulary';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { FlashMessage } from '../../../components/flash-message';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { TableScroll } from '../../../components/table-scroll';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import { useMunicipalities, usePractices, type PracticeFilter } from '../api/practices';
import { useMayMaintainKnowledge } from '../api/rights';

/** /goede-praktijken: the library with filters in the address (tag, gemeente, status, text). */
export function PracticesPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter: PracticeFilter = {
    q: params.get('q') ?? '',
    tag: params.get('tag') ?? '',
    organisationId: params.get('gemeente') ?? '',
    status: params.get('status') ?? '',
  };
  const [draft, setDraft] = useState(filter);
  const practices = usePractices(filter);
  const all = usePractices({});
  const rights = useMayMaintainKnowledge();
  const municipalities = useMunicipalities(rights.signedIn);
  const allItems = all.state === 'ready' ? all.data.items : [];
  const tags = [...new Set(allItems.flatMap((p) => p.tags))].sort();
  // Visitors get no organisation list: the gemeenten named in the practices themselves.
  const known = new Map<string, string>();
  for (const p of allItems) for (const a of p.adoptions) known.set(a.organisationId, a.organisationName);
  if (municipalities.state === 'ready') for (const m of municipalities.data) known.set(m.id, m.name);
  const gemeenten = [...known].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));

  const apply = (f: PracticeFilter) => {
    const next = new URLSearchParams();
    if (f.q) next.set('q', f.q);
    if (f.tag) next.set('tag', f.tag);
    if (f.organisationId) next.set('gemeente', f.organisationId);
    if (f.status) next.set('status', f.status);
    setParams(next);
  };

  return (
    <div className="rt-page">
      <FlashMessage />
      <Heading1>{t('practices.title')}</Heading1>
      <Paragraph>{t('practices.intro')}</Paragraph>
      {rights.may && (
        <ButtonGroup>
          <AppButtonLink to="/goede-praktijken/nieuw" appearance="primary-action">
            {t('practices.new')}
          </AppButtonLink>
        </ButtonGroup>
      )}
      <form
        role="search"
        aria-label={t('practices.filters')}
        className="rt-filters"
        onSubmit={(e) => {
          e.preventDefault();
          apply(draft);
        }}
      >
        <Heading2>{t('practices.filters')}</Heading2>
        <TextField
          label={t('practices.filter.q')}
          name="q"
          type="search"
          value={draft.q ?? ''}
          onValue={(q) => setDraft({ ...draft, q })}
        />
        <SelectField
          label={t('practices.filter.tag')}
          name="tag"
          value={draft.tag ?? ''}
          emptyLabel={t('practices.filter.all')}
          options={tags.map((x) => ({ value: x, label: x }))}
          onChange={(tag) => setDraft({ ...draft, tag })}
        />
        <SelectField
          label={t('practices.filter.municipality')}
          name="gemeente"
          value={draft.organisationId ?? ''}
          emptyLabel={t('practices.filter.all')}
          options={gemeenten}
          onChange={(organisationId) => setDraft({ ...draft, organisationId })}
        />
        <SelectField
          label={t('practices.filter.status')}
          name="status"
          value={draft.status ?? ''}
          emptyLabel={t('practices.filter.all')}
          options={ADOPTION_STATUSES.map((s) => ({ value: s, label: t(`adoption.status.${s}`) }))}
          onChange={(status) => setDraft({ ...draft, status })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {t('practices.filter.apply')}
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              setDraft({});
              apply({});
            }}
          >
            {t('practices.filter.reset')}
          </Button>
        </ButtonGroup>
      </form>
      <LoadState value={practices}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('practices.empty')}</Paragraph>
          ) : (
            <TableScroll label={t('practices.title')}>
              <Table>
                <TableCaption>{t('practices.count', { count: items.length })}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('practiceForm.title')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('practice.targetGroup')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('practice.tags')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('adoption.title')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {items.map((p) => (
                    <TableRow key={p.id} data-testid="practice-row">
                      <TableHeaderCell scope="row">
                        <AppLink to={`/goede-praktijken/${p.id}`}>{p.title}</AppLink>
                        {!p.published && <span className="rt-muted"> ({t('practices.draft')})</span>}
                        {p.isDemo && <span className="rt-muted"> ({t('practices.demo')})</span>}
                      </TableHeaderCell>
                      <TableCell>{p.targetGroup ?? t('practice.none')}</TableCell>
                      <TableCell>
                        {p.tags.map((tag, i) => (
                          <span key={tag}>
                            {i > 0 && ', '}
                            <AppLink to={`/goede-praktijken?tag=${encodeURIComponent(tag)}`}>{tag}</AppLink>
                          </span>
                        ))}
                      </TableCell>
                      <TableCell>
                        {p.adoptions.length === 0
                          ? t('common.none')
                          : p.adoptions.map((a) => `${a.organisationName}: ${t(`adoption.status.${a.status}`)}`).join('; ')}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          )
        }
      </LoadState>
    </div>
  );
}
