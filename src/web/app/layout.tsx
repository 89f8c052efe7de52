import { Button, Page, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { Suspense, useEffect } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { AccountsNavLink } from '../features/accounts/components/accounts-nav-link';
import { useSession } from '../features/auth/api/get-session';
import { programmeRights } from '../features/auth/model/rights';
import { AccountMenu } from '../features/auth/components/account-menu';
import { SearchBox } from '../features/search';
import { useI18n } from '../lib/i18n';

export function Layout() {
  const { t, locale, setLocale } = useI18n();
  const session = useSession();
  // Importing a table creates a programme: for those who may (the page tells others why).
  const signedIn = session.state === 'ready' && programmeRights(session.data, null).mayCreateProgramme;
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <Page>
      <SkipLink href="#inhoud">{t('nav.skip')}</SkipLink>
      <PageHeader>
        <div className="rt-header">
          <NavLink to="/" className="rt-brand">
            {t('app.name')}
          </NavLink>
          <nav aria-label={t('nav.main')} className="rt-nav">
            <NavLink to="/">{t('nav.programmes')}</NavLink>
            {signedIn && <NavLink to="/importeren">{t('nav.import')}</NavLink>}
            {signedIn && <NavLink to="/organisaties">{t('organisations.nav')}</NavLink>}
            {signedIn && <NavLink to="/personen">{t('persons.nav')}</NavLink>}
            <NavLink to="/goede-praktijken">{t('knowledge.nav')}</NavLink>
            <NavLink to="/monitor">{t('nav.monitor')}</NavLink>
            <NavLink to="/sociale-kaart">{t('socialMap.nav')}</NavLink>
            <NavLink to="/publiek">{t('public.nav')}</NavLink>
            <AccountsNavLink />
          </nav>
          <SearchBox />
          <AccountMenu />
          <Button
            appearance="subtle-button"
            lang={locale === 'nl' ? 'en' : 'nl'}
            aria-label={t('lang.switchLabel')}
            onClick={() => setLocale(locale === 'nl' ? 'en' : 'nl')}
          >
            {t('lang.switch')}
          </Button>
        </div>
      </PageHeader>
      <PageContent>
        <main id="inhoud" tabIndex={-1}>
          {/* Pages are loaded when first visited (app.tsx): the header and menu stay meanwhile. */}
          <Suspense fallback={<p aria-live="polite">…</p>}>
            <Outlet />
          </Suspense>
        </main>
      </PageContent>
      <PageFooter>
        <Paragraph>{t('footer.text')}</Paragraph>
      </PageFooter>
    </Page>
  );
}
