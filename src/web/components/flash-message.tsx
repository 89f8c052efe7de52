import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/** Navigate with `{ state: flashState(text) }` to show `text` on the next page (after a delete, say). */
export const flashState = (text: string) => ({ flash: text });

interface Carried {
  path: string;
  text: string;
  at: number;
}
/** The message last taken from a history entry, for a new instance on the same path within a few seconds. */
let carried: Carried | null = null;
function takeCarried(path: string): Carried | null {
  const c = carried;
  carried = null;
  return c && c.path === path && Date.now() - c.at < 5_000 ? c : null;
}

/**
 * Shows the message the previous page sent along and focuses it, so the result of an action that
 * left its page (the page is gone after a delete) is still seen and heard. The message is then
 * dropped from the history entry, so a reload does not show it again.
 */
export function FlashMessage() {
  const location = useLocation();
  const navigate = useNavigate();
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Carried | null>(() => takeCarried(location.pathname));
  const flash = (location.state as { flash?: unknown } | null)?.flash;
  useEffect(() => {
    if (typeof flash === 'string' && flash) {
      const message = { path: location.pathname, text: flash, at: Date.now() };
      // The page that takes the message from the history entry may be the one still on screen while the
      // next page loads (kept while loading, keyed by node); the next page's own instance picks it up here.
      carried = message;
      setShown(message);
      void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    } else setShown((s) => (s && s.path !== location.pathname ? null : s));
  }, [location.key]);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!shown) return null;
  return (
    <div ref={ref} tabIndex={-1} className="rt-flash" data-testid="flash">
      <Alert type="ok">
        <Paragraph>{shown.text}</Paragraph>
      </Alert>
    </div>
  );
}
