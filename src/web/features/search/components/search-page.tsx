import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router-dom';
import type { SearchItem, SearchMatch } from '../../../../domain/search/responses';
import { SEARCH_KINDS, type SearchKind } from '../../../../domain/search/vocabulary';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages/nl';
import { useSearch } from '../api/search';
import { resultHref, searchHref } from '../model/links';

const asKind = (v: string | null): SearchKind | null => ((SEARCH_KINDS as readonly string[]).includes(v ?? '') ? (v as SearchKind) : null);

/** /zoeken?q=…(&soort=node): the results, grouped by kind, with the words found marked. */
export function SearchPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const kind = asKind(params.get('soort'));
  return (
    <div className="rt-page rt-search">
      <Heading1>{q ? t('search.resultsFor', { query: q }) : t('search.title')}</Heading1>
      <Paragraph>{t('search.intro')}</Paragraph>
      <Paragraph className="rt-muted">{t('search.help')}</Paragraph>
      {q ? <Results q={q} kind={kind} /> : <Paragraph>{t('search.empty')}</Paragraph>}
    </div>
  );
}

function Results({ q, kind }: { q: string; kind: SearchKind | null }) {
  const { t } = useI18n();
  const result = useSearch(q, kind);
  return (
    <LoadState value={result}>
      {(r) => {
        const count = r.groups.reduce((n, g) => n + g.total, 0);
        if (r.state === 'empty') return <Paragraph role="status">{t('search.empty')}</Paragraph>;
        if (count === 0) return <Paragraph role="status">{t('search.none', { query: q })}</Paragraph>;
        return (
          <>
            <Paragraph role="status">
              {r.capped ? t('search.summaryAtLeast', { count }) : count === 1 ? t('search.summaryOne') : t('search.summary', { count })}
            </Paragraph>
            {r.droppedTerms > 0 && <Paragraph>{t('search.dropped', { count: r.droppedTerms })}</Paragraph>}
            {r.groups.map((g) => (
              <section key={g.kind} aria-labelledby={`rt-search-${g.kind}`} className="rt-search-group">
                <Heading2 id={`rt-search-${g.kind}`}>
                  {t(`search.kind.${g.kind}`)}{' '}
                  <span className="rt-muted">
                    ({t(r.capped ? 'search.groupCountAtLeast' : 'search.groupCount', { shown: g.items.length, total: g.total })})
                  </span>
                </Heading2>
                <ul className="rt-search-results">
                  {g.items.map((item) => (
                    <Result key={item.entityId} item={item} />
                  ))}
                </ul>
                {g.total > g.items.length && !kind && (
                  <Paragraph>
                    <AppLink to={searchHref(q, g.kind)}>{t('search.more', { kind: t(`search.kind.${g.kind}`) })}</AppLink>
                  </Paragraph>
                )}
              </section>
            ))}
          </>
        );
      }}
    </LoadState>
  );
}

function Result({ item }: { item: SearchItem }) {
  const { t } = useI18n();
  return (
    <li>
      <Heading3>
        <AppLink to={resultHref(item)}>{item.title}</AppLink>
      </Heading3>
      <Paragraph className="rt-muted">
        {[item.programme?.title, item.path, item.detail && /^\d{4}-\d{2}-\d{2}$/.test(item.detail) ? formatDate(item.detail) : item.detail]
          .filter(Boolean)
          .join(' · ')}
        {item.public && ` · ${t('search.publicVersion')}`}
      </Paragraph>
      {item.matches.map((m) => (
        <Match key={m.field} match={m} />
      ))}
    </li>
  );
}

function fieldKey(field: string): MessageKey {
  const key = `search.field.${field}`;
  return (key in FIELD_KEYS ? key : 'search.field.other') as MessageKey;
}
const FIELD_KEYS: Record<string, true> = Object.fromEntries(
  [
    'title',
    'shortName',
    'description',
    'vision',
    'goal',
    'replaces',
    'adoptedBy',
    'code',
    'doelstelling',
    'expectedResult',
    'sections',
    'aliases',
    'currentPractices',
    'hiaat',
    'voorstel',
    'budgetFund',
    'budgetNote',
    'results',
    'attentionPoints',
    'correctionReason',
    'withdrawnReason',
    'deadlineWording',
    'note',
    'condition',
    'fundingNote',
  ].map((f) => [`search.field.${f}`, true]),
);

function Match({ match }: { match: SearchMatch }) {
  const { t } = useI18n();
  return (
    <Paragraph className="rt-search-match">
      <span className="rt-muted">{t('search.foundIn', { field: t(fieldKey(match.field)) })}: </span>
      {match.segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </Paragraph>
  );
}
