import type { ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router-dom';

/** A router link styled as an NL Design System link, so navigation stays inside the single-page app. */
export function AppLink({ className, ...props }: LinkProps) {
  return <Link {...props} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} />;
}

/** A router link that looks like a button (for "Nieuw programma", "Bewerken"). */
export function AppButtonLink({
  appearance = 'secondary-action',
  children,
  ...props
}: Omit<LinkProps, 'className'> & { appearance?: 'primary-action' | 'secondary-action' | 'subtle'; children: ReactNode }) {
  return (
    <Link {...props} className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${appearance}`}>
      {children}
    </Link>
  );
}
