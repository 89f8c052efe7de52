import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../../lib/i18n';
import type { Explanation, NodeProgress } from '../api/types';
import { StatusBadge } from './status-badge';

/** "Uitleg": which rule derived the value, which children counted, decided, or were left out. */
export function ExplanationPanel({ explanation, nodes }: { explanation: Explanation; nodes: NodeProgress[] }) {
  const { t } = useI18n();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const name = (id: string) => {
    const n = byId.get(id);
    return n ? (n.code ? `${n.code} ${n.title}` : n.title) : id;
  };
  const list = (ids: string[]) => (
    <ul className="rt-plain-list">
      {ids.map((id) => (
        <li key={id}>
          {name(id)} <StatusBadge status={byId.get(id)?.status ?? null} />
        </li>
      ))}
    </ul>
  );
  return (
    <section className="rt-uitleg" aria-labelledby="uitleg-kop">
      <Heading3 id="uitleg-kop">{t('progress.node.uitleg')}</Heading3>
      <Paragraph>{t(`progress.uitleg.${explanation.statusRule}`)}</Paragraph>
      <Paragraph>{t(`progress.uitleg.${explanation.percentRule}`)}</Paragraph>
      {explanation.decisive.length > 0 && (
        <>
          <Paragraph>
            <strong>{t('progress.uitleg.decisive')}</strong>
          </Paragraph>
          {list(explanation.decisive)}
        </>
      )}
      <Paragraph>
        <strong>{t('progress.uitleg.counted', { count: explanation.counted.length })}</strong>
      </Paragraph>
      {list(explanation.counted)}
      {explanation.excludedVervallen.length > 0 && (
        <>
          <Paragraph>
            <strong>{t('progress.uitleg.vervallen', { count: explanation.excludedVervallen.length })}</strong>
          </Paragraph>
          {list(explanation.excludedVervallen)}
        </>
      )}
      {explanation.withoutStatus.length > 0 && (
        <>
          <Paragraph>
            <strong>{t('progress.uitleg.withoutStatus', { count: explanation.withoutStatus.length })}</strong>
          </Paragraph>
          {list(explanation.withoutStatus)}
        </>
      )}
      {explanation.percentBasis.length > 0 && (
        <>
          <Paragraph>
            <strong>{t('progress.uitleg.basis')}</strong>
          </Paragraph>
          <ul className="rt-plain-list">
            {explanation.percentBasis.map((b) => (
              <li key={b.id}>
                {name(b.id)}: {t('progress.percent', { percent: b.percent })},{' '}
                {t('progress.uitleg.weight', { weight: String(b.weight).replace('.', ',') })}
              </li>
            ))}
          </ul>
        </>
      )}
      {explanation.percentRule !== 'geen' && explanation.withoutPercent.length > 0 && (
        <Paragraph>{t('progress.uitleg.withoutPercent', { count: explanation.withoutPercent.length })}</Paragraph>
      )}
    </section>
  );
}
