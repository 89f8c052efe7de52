import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
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
import type { NumberStyle } from '../../../../domain/programme/tree';
import { ModalDialog } from '../../../components/modal-dialog';
import { SelectField } from '../../../components/select-field';
import { useI18n } from '../../../lib/i18n';
import { fetchTree } from '../api/get-tree';
import { renumberCodes } from '../api/renumber';
import type { Programme, TreeNodeData } from '../api/types';
import { NUMBER_STYLES, guessStyles, renumberPreview, type RenumberRow } from '../model/renumber-preview';
import { levelLabel } from '../model/tree';

const signature = (rows: RenumberRow[]) => rows.map((r) => `${r.node.id}=${r.after}`).join('|');

/**
 * "Codes hernummeren": choose a numbering per level, see every code that changes (old → new), then
 * apply. The preview uses the server's own rule; just before applying the tree is read again, and
 * if someone changed it meanwhile the user sees the new preview instead of an unexpected result.
 */
export function RenumberDialog({
  programme: p,
  nodes: initial,
  onClose,
  onDone,
}: {
  programme: Programme;
  nodes: TreeNodeData[];
  onClose(): void;
  onDone(changed: number): void;
}) {
  const { t } = useI18n();
  const [nodes, setNodes] = useState(initial);
  const [styles, setStyles] = useState<NumberStyle[]>(() => guessStyles(initial));
  const [warning, setWarning] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const rows = renumberPreview(nodes, styles);
  const depthCount = Math.max(styles.length, 1);

  async function apply() {
    if (busy) return;
    setBusy(true);
    setWarning('');
    setError('');
    try {
      const fresh = (await fetchTree(p.slug)).nodes;
      if (signature(renumberPreview(fresh, styles)) !== signature(rows)) {
        setNodes(fresh);
        setWarning(t('renumber.treeChanged'));
        return;
      }
      const { changed } = await renumberCodes(p.slug, styles);
      onDone(changed);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={t('renumber.title')} onClose={onClose}>
      <Paragraph>{t('renumber.intro')}</Paragraph>
      <Fieldset>
        <FieldsetLegend>{t('renumber.styles')}</FieldsetLegend>
        <div className="rt-filter-row">
          {Array.from({ length: depthCount }, (_, d) => (
            <SelectField
              key={d}
              label={t('renumber.level', { n: d + 1, level: levelLabel(p.levelLabels, d) })}
              name={`stijl-${d}`}
              value={styles[d] ?? 'getal'}
              options={NUMBER_STYLES.map((s) => ({ value: s, label: t(`renumber.style.${s}`) }))}
              onChange={(v) => {
                const style = NUMBER_STYLES.find((s) => s === v) ?? 'getal';
                setStyles((prev) => Array.from({ length: depthCount }, (_, i) => (i === d ? style : (prev[i] ?? 'getal'))));
              }}
            />
          ))}
        </div>
      </Fieldset>
      {warning && (
        <Alert type="warning">
          <Paragraph>{warning}</Paragraph>
        </Alert>
      )}
      {rows.length === 0 ? (
        <Paragraph data-testid="renumber-none">{t('renumber.nothing')}</Paragraph>
      ) : (
        <div className="rt-scroll rt-dialog__scroll" role="region" aria-labelledby="renumber-caption" tabIndex={0}>
          <Table className="rt-renumber">
            <TableCaption id="renumber-caption">{t('renumber.caption', { count: rows.length, total: nodes.length })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('renumber.col.node')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('renumber.col.before')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('renumber.col.after')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.node.id} data-testid="renumber-row">
                  <TableHeaderCell scope="row" className={`rt-indent-${Math.min(r.depth, 5)}`}>
                    <span className="rt-tree__level">{r.node.levelLabel ?? levelLabel(p.levelLabels, r.node.level)}</span> {r.node.title}
                  </TableHeaderCell>
                  <TableCell>{r.before ?? t('renumber.noCode')}</TableCell>
                  <TableCell>
                    <strong>{r.after}</strong>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {error && (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ButtonGroup className="rt-dialog__actions">
        {rows.length > 0 && (
          <Button type="button" appearance="primary-action-button" busy={busy} onClick={() => void apply()}>
            {t('renumber.apply', { count: rows.length })}
          </Button>
        )}
        <Button type="button" appearance="secondary-action-button" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </ModalDialog>
  );
}
