import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { AppLink } from '../../../components/app-link';
import { StatusMessage } from '../../../components/status-message';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { dismissCheck } from '../api/dismiss-check';
import { firstShown } from '../model/first-shown';
import type { Check } from '../api/types';
import { NodeRef } from './node-ref';
import { progressPath } from './progress-nav';

/**
 * "Controleren": where a status contradicts the facts, with the reason. A beheerder may ignore a
 * signal with a note (stored and audited); ignored ones stay visible with their note.
 */
export function ChecksSection({
  programme,
  checks,
  mayIgnore,
  showNode,
  onChanged,
  headingLevel = 2,
  limit,
  moreHref,
}: {
  programme: string;
  checks: Check[];
  mayIgnore: boolean;
  showNode: boolean;
  onChanged(): void;
  headingLevel?: 2 | 3;
  /** Show at most this many open signals, with a link to `moreHref` for all (the dashboard of a large programme). */
  limit?: number;
  moreHref?: string;
}) {
  const { t } = useI18n();
  const [notice, setNotice] = useState('');
  const open = checks.filter((c) => c.dismissal === null);
  const ignored = checks.filter((c) => c.dismissal !== null);
  const visible = firstShown(open, limit);
  const Heading = headingLevel === 2 ? Heading2 : Heading3;
  return (
    <section aria-labelledby="checks-heading" className="rt-checks" data-testid="checks">
      <Heading id="checks-heading">{t('reading.checks.title')}</Heading>
      {open.length === 0 ? (
        <Paragraph>{t('reading.checks.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('reading.checks.intro')}</Paragraph>
          <ul className="rt-plain-list">
            {visible.shown.map((c) => (
              <li key={`${c.nodeId}|${c.key}`} data-testid="check">
                <span className="rt-check-badge">{t('reading.checks.badge')}</span> <strong>{t(`reading.checks.rule.${c.rule}`)}</strong>
                {showNode && (
                  <>
                    {' — '}
                    <NodeRef path={c.path} code={c.code} title={c.title} to={progressPath(programme, `/elementen/${c.nodeId}`)} />
                  </>
                )}
                <br />
                {c.reason}
                {mayIgnore && (
                  <IgnoreForm
                    programme={programme}
                    check={c}
                    onSaved={() => {
                      setNotice(t('reading.checks.saved'));
                      onChanged();
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
          {moreHref && visible.rest > 0 && (
            <Paragraph>
              <AppLink to={moreHref}>{t('reading.checks.more', { count: open.length, rest: visible.rest })}</AppLink>
            </Paragraph>
          )}
        </>
      )}
      <StatusMessage message={notice} />
      {ignored.length > 0 && (
        <details className="rt-checks__ignored">
          <summary>{t('reading.checks.ignoredTitle', { count: ignored.length })}</summary>
          <ul className="rt-plain-list">
            {ignored.map((c) => (
              <li key={`${c.nodeId}|${c.key}`}>
                {showNode && (
                  <>
                    <NodeRef path={c.path} code={c.code} title={c.title} to={progressPath(programme, `/elementen/${c.nodeId}`)} />
                    {': '}
                  </>
                )}
                {c.reason}{' '}
                <em>
                  {t('reading.checks.ignoredBy', {
                    author: c.dismissal?.authorLabel ?? '',
                    date: formatDate(c.dismissal?.at),
                    note: c.dismissal?.note ?? '',
                  })}
                </em>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function IgnoreForm({ programme, check, onSaved }: { programme: string; check: Check; onSaved(): void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <details className="rt-checks__ignore">
      <summary>{t('reading.checks.ignore')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          dismissCheck(programme, check.nodeId, { key: check.key, note })
            .then(onSaved)
            .catch((err: unknown) => setError(err instanceof ApiError ? err.message : String(err)))
            .finally(() => setBusy(false));
        }}
      >
        <TextField
          label={t('reading.checks.note')}
          name={`note-${check.nodeId}-${check.key}`}
          value={note}
          onValue={setNote}
          errorMessage={error ?? undefined}
        />
        <Button type="submit" appearance="secondary-action-button" disabled={busy}>
          {t('reading.checks.ignore')}
        </Button>
      </form>
    </details>
  );
}
