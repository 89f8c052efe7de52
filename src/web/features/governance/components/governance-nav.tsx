import { Heading1, PreHeading } from '@utrecht/component-library-react';
import { NavLink } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages/nl';
import { bodiesPath, calendarPath, type BodyKind, type BodyRef } from '../api/types';

/** Heading and the sub-navigation shared by the governance pages of a programme. */
export function GovernanceHeader({
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
    [bodiesPath(programme), t('governance.nav.bodies')],
    [calendarPath(programme), t('governance.nav.calendar')],
  ];
  return (
    <>
      {programmeTitle && <PreHeading>{programmeTitle}</PreHeading>}
      <Heading1>{title}</Heading1>
      <nav aria-label={t('governance.nav')} className="rt-subnav">
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

export const kindKey = (kind: BodyKind): MessageKey => `governance.kind.${kind}`;

/** A body's name as a relation: linked when it is in this programme, with its programme otherwise. */
export function useRefLabel() {
  const { t } = useI18n();
  return (r: BodyRef) => (r.programmeTitle ? t('governance.otherProgramme', { name: r.name, programme: r.programmeTitle }) : r.name);
}
