import {
  Alert,
  Button,
  ButtonGroup,
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
import { useEffect, useRef } from 'react';
import { useI18n } from '../lib/i18n';

export interface ConflictRow {
  label: string;
  current: string;
  yours: string;
}

/**
 * After HTTP 409 (someone saved a newer version): the current state beside the user's input, and
 * the choice to re-apply the user's change on top of the current version or take the current state.
 * Nothing is overwritten without the user seeing what they would overwrite.
 */
export function ConflictNotice({
  rows,
  version,
  onRedo,
  onDiscard,
}: {
  rows: ConflictRow[];
  /** The current version, where the thing has a version number. */
  version?: number;
  onRedo(): void;
  onDiscard(): void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const differing = rows.filter((r) => r.current !== r.yours);
  return (
    <div ref={ref} tabIndex={-1} className="rt-conflict" data-testid="conflict">
      <Alert type="warning">
        <Heading2>{t('conflict.title')}</Heading2>
        <Paragraph>{t('conflict.intro')}</Paragraph>
        <Table>
          <TableCaption>{t('conflict.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('conflict.field')}</TableHeaderCell>
              <TableHeaderCell scope="col">
                {version === undefined ? t('conflict.currentState') : t('conflict.current', { version })}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t('conflict.yours')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {differing.map((r) => (
              <TableRow key={r.label}>
                <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
                <TableCell>{r.current || t('common.none')}</TableCell>
                <TableCell>{r.yours || t('common.none')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <ButtonGroup>
          <Button type="button" appearance="primary-action-button" onClick={onRedo}>
            {t('conflict.redo')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onDiscard}>
            {t('conflict.discard')}
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}
