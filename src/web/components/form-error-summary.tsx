import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

/**
 * The list of errors above a form after a failed submit, focused so screen-reader users hear it;
 * each error is also shown at its field.
 */
export function FormErrorSummary({
  title,
  errors,
  message,
}: {
  title: string;
  errors: Record<string, string>;
  message?: string | undefined;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const show = entries.length > 0 || Boolean(message);
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [show, message, entries.length]);
  if (!show) return null;
  return (
    <div ref={ref} tabIndex={-1} className="rt-error-summary">
      <Alert type="error">
        <Heading2>{title}</Heading2>
        {message && <Paragraph>{message}</Paragraph>}
        {entries.length > 0 && (
          <UnorderedList>
            {entries.map(([field, text]) => (
              <UnorderedListItem key={field}>{text}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}
