import { AppLink } from '../../../components/app-link';
import { PATH_SEPARATOR } from '../../../../domain/programme/tree-order';

/**
 * A node named outside the tree: its path first ("Secundaire preventie › 2"), so a code that repeats
 * under another parent can be told apart, then a link with its code and title.
 */
export function NodeRef({ path, code, title, to }: { path: readonly string[]; code: string | null; title: string; to: string }) {
  return (
    <>
      {path.length > 0 && <span className="rt-path">{`${path.join(PATH_SEPARATOR)}${PATH_SEPARATOR}`}</span>}
      <AppLink to={to}>{code ? `${code} ${title}` : title}</AppLink>
    </>
  );
}
