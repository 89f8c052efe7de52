import { Heading1, PreHeading } from '@utrecht/component-library-react';
import { NavLink } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n';

export const financePath = (programme: string, rest = '') => `/programmas/${encodeURIComponent(programme)}/financien${rest}`;

/** Heading and sub-navigation of the finance pages of a programme. */
export function FinanceHeader({
  programme,
  title,
  programmeTitle,
}: {
  programme: string;
  title: string;
  programmeTitle?: string | undefined;
}) {
  const { t } = useI18n();
  const links: [string, string][] = [
    [`/programmas/${encodeURIComponent(programme)}`, t('finance.back')],
    [financePath(programme), t('finance.title')],
    [financePath(programme, '/verdelen'), t('finance.toSplit')],
  ];
  return (
    <>
      {programmeTitle && <PreHeading>{programmeTitle}</PreHeading>}
      <Heading1>{title}</Heading1>
      <nav aria-label={t('finance.nav')} className="rt-subnav">
        <ul>
          {links.map(([to, label]) => (
            <li key={to}>
              <NavLink to={to} end className="utrecht-link utrecht-link--html-a">
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
