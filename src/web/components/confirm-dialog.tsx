import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import { ModalDialog } from './modal-dialog';

export interface ConfirmAction {
  label: string;
  /** Throws to keep the dialog open with the error's message. */
  run(): Promise<void>;
  danger?: boolean;
}

/**
 * "Are you sure?" for something that cannot be undone: says what goes with it (children), offers
 * the actions, and starts on Annuleren so Enter does nothing harmful.
 */
export function ConfirmDialog({
  title,
  children,
  actions,
  onClose,
}: {
  title: string;
  children: ReactNode;
  actions: ConfirmAction[];
  onClose(): void;
}) {
  const { t } = useI18n();
  const descriptionId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function run(action: ConfirmAction) {
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      await action.run();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <ModalDialog title={title} onClose={onClose} alert describedBy={descriptionId}>
      <div id={descriptionId}>{children}</div>
      {error && (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ButtonGroup className="rt-dialog__actions">
        {actions.map((a) => (
          <Button
            key={a.label}
            type="button"
            appearance={a.danger ? 'primary-action-button' : 'secondary-action-button'}
            hint={a.danger ? 'danger' : undefined}
            busy={busy}
            // aria-disabled rather than disabled: a disabled button would drop the focus out of the dialog.
            aria-disabled={busy || undefined}
            onClick={() => void run(a)}
          >
            {a.label}
          </Button>
        ))}
        <Button type="button" appearance="subtle-button" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </ModalDialog>
  );
}
