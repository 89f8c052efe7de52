import { Link } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n';

/** Where the user is: Programma’s › programme › element. The current page is not a link. */
export function Breadcrumb({ items, current }: { items: { to: string; label: string }[]; current: string }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('programme.breadcrumb')} className="utrecht-breadcrumb-nav rt-breadcrumb">
      <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {items.map((item) => (
          <li key={item.to} className="utrecht-breadcrumb-nav__item">
            <Link className="utrecht-link utrecht-link--html-a utrecht-breadcrumb-nav__link" to={item.to}>
              {item.label}
            </Link>
            <span aria-hidden="true" className="rt-breadcrumb__sep">
              ›
            </span>
          </li>
        ))}
        <li className="utrecht-breadcrumb-nav__item">
          <span className="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current" aria-current="page">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
