import { Paragraph } from '@utrecht/component-library-react';

/**
 * The result of an action on this page ("Verplaatst naar plaats 2 van 4"). The live region is
 * always in the page, so screen readers announce a new message when it changes.
 */
export function StatusMessage({ message, testId }: { message: string; testId?: string }) {
  return (
    <div role="status" className={message ? 'rt-result rt-result--shown' : 'rt-result'} data-testid={testId}>
      {message && <Paragraph>{message}</Paragraph>}
    </div>
  );
}
