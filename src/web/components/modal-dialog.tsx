import { Heading2 } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** A confirmation of something that cannot be undone: role alertdialog and the NL DS alert-dialog look. */
  alert?: boolean;
  /** Id of the text that says what is at stake (read out with the title). */
  describedBy?: string;
}

/**
 * A modal dialog on the native <dialog> (showModal): the rest of the page is inert, Tab stays
 * inside, Escape closes. Focus goes to the element marked data-autofocus (else the title) and
 * back to whatever opened the dialog when it closes.
 */
export function ModalDialog({ title, onClose, children, alert = false, describedBy }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('h2'))?.focus();
    return () => {
      dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const props = {
    ref,
    'aria-labelledby': titleId,
    'aria-describedby': describedBy,
    // Escape: let React state decide, so the dialog and the state that shows it never disagree.
    onCancel: (e: React.SyntheticEvent) => {
      e.preventDefault();
      onClose();
    },
  };
  const content = (
    <>
      <Heading2 id={titleId} tabIndex={-1} className="rt-dialog__title">
        {title}
      </Heading2>
      {children}
    </>
  );
  // The NL DS alert-dialog classes by hand: the React AlertDialog (v12) drops its className prop.
  return alert ? (
    <dialog {...props} role="alertdialog" className="utrecht-alert-dialog utrecht-alert-dialog--warning rt-dialog rt-dialog--alert">
      <div className="utrecht-alert-dialog__message">{content}</div>
    </dialog>
  ) : (
    <dialog {...props} className="rt-dialog">
      {content}
    </dialog>
  );
}
