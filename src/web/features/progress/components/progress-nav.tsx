import { Heading1, PreHeading } from '@utrecht/component-library-react';
import { NavLink } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n';

/** Heading and the sub-navigation shared by every progress page of a programme. */
export function ProgressHeader({ programme, title, programmeTitle }: { programme: string; title: string; programmeTitle?: string }) {
  const { t } = useI18n();
  const base = `/programmas/${encodeURIComponent(programme)}/voortgang`;
  const links: [string, string][] = [
    [base, t('progress.nav.dashboard')],
    [`${base}/mijn-updates`, t('progress.nav.mine')],
    [`${base}/planning`, t('progress.nav.planning')],
    [`${base}/tijdlijn`, t('progress.nav.timeline')],
    [`${base}/terugblik`, t('progress.nav.terugblik')],
    [`${base}/perioden`, t('progress.nav.periods')],
  ];
  return (
    <>
      {programmeTitle && <PreHeading>{programmeTitle}</PreHeading>}
      <Heading1>{title}</Heading1>
      <nav aria-label={t('progress.nav')} className="rt-subnav">
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

export const progressPath = (programme: string, rest = '') => `/programmas/${encodeURIComponent(programme)}/voortgang${rest}`;
