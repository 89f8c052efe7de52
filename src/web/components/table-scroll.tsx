import type { ReactNode } from 'react';

/** A wide table that scrolls sideways; focusable and named so keyboard users can scroll it (WCAG 2.1.1). */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rt-table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
