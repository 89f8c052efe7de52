import { OrderedList, OrderedListItem, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Fragment } from 'react';
import { parsePlainText } from '../../domain/shared/plain-text';

/**
 * Plain text with its paragraphs and lists (blank lines, "- " bullets, "1. " numbers) as NL Design
 * System paragraphs and lists. React escapes every string, so the text cannot carry markup.
 * `empty` is shown when there is nothing (one line that says what is missing, not a row of "—").
 */
export function PlainText({
  text,
  empty = null,
  className,
}: {
  text: string | null | undefined;
  empty?: React.ReactNode;
  className?: string;
}) {
  const blocks = parsePlainText(text);
  if (blocks.length === 0) return <>{empty}</>;
  return (
    <div className={['rt-text', className].filter(Boolean).join(' ')}>
      {blocks.map((b, i) =>
        b.kind === 'paragraph' ? (
          <Paragraph key={i}>
            {b.lines.map((l, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                {l}
              </Fragment>
            ))}
          </Paragraph>
        ) : b.kind === 'bullets' ? (
          <UnorderedList key={i}>
            {b.items.map((item, j) => (
              <UnorderedListItem key={j}>{item}</UnorderedListItem>
            ))}
          </UnorderedList>
        ) : (
          <OrderedList key={i} start={b.start}>
            {b.items.map((item, j) => (
              <OrderedListItem key={j}>{item}</OrderedListItem>
            ))}
          </OrderedList>
        ),
      )}
    </div>
  );
}
