import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AccountsPage } from '../features/accounts/components/accounts-page';
import { MembersPage } from '../features/accounts/components/members-page';
import { AccountPage } from '../features/auth/components/account-page';
import { LoginPage } from '../features/auth/components/login-page';
import { CommitmentsPage } from '../features/commitments/components/commitments-page';
import { DinMatrixPage } from '../features/programmes/components/din-matrix-page';
import { EditNodePage, NewNodePage } from '../features/programmes/components/node-form-page';
import { NodePage } from '../features/programmes/components/node-page';
import { EditProgrammePage, NewProgrammePage } from '../features/programmes/components/programme-form-page';
import { MonitorImportPage } from '../features/monitor/components/monitor-import-page';
import { MonitorPage } from '../features/monitor/components/monitor-page';
import { ProgrammeListPage } from '../features/programmes/components/programme-list-page';
import { ProgrammePage } from '../features/programmes/components/programme-page';
import { ImportTablePage } from '../features/import/components/import-table-page';
import { DashboardPage as ProgressDashboardPage } from '../features/progress/components/dashboard-page';
import { MyUpdatesPage } from '../features/progress/components/my-updates-page';
import { NodeProgressPage } from '../features/progress/components/node-progress-page';
import { PeriodsPage } from '../features/progress/components/periods-page';
import { PlanningPage } from '../features/progress/components/planning-page';
import { TerugblikPage } from '../features/progress/components/terugblik-page';
import { TimelinePage } from '../features/progress/components/timeline-page';
import { BudgetLinePage } from '../features/finance/components/budget-line-page';
import { CostSplitPage } from '../features/finance/components/cost-split-page';
import { FinancePage } from '../features/finance/components/finance-page';
import { BodiesPage } from '../features/governance/components/bodies-page';
import { BodyPage } from '../features/governance/components/body-page';
import { CalendarPage } from '../features/governance/components/calendar-page';
import { MeetingPage } from '../features/governance/components/meeting-page';
import { PersonPage } from '../features/governance/components/person-page';
import { I18nProvider } from '../lib/i18n';
import { SessionProvider } from '../features/auth/api/get-session';
import { Layout } from './layout';
import { ReportPage } from '../features/report/components/report-page';
import { PublicProgrammeListPage } from '../features/publication/components/public-programme-list-page';
import { PublicProgrammeRoute } from '../features/publication/components/public-programme-page';
import { PublicationPage } from '../features/publication/components/publication-page';
import { NotFoundPage } from './not-found-page';
import {
  EditServicePage,
  MunicipalityMapPage,
  NewServicePage,
  ServicePage,
  SocialMapImportPage,
  SocialMapPage,
} from '../features/social-map';
import { PracticesPage } from '../features/knowledge/components/practices-page';
import { PracticePage } from '../features/knowledge/components/practice-page';
import { EditPracticePage, NewPracticePage } from '../features/knowledge/components/practice-form-page';
import { OrganisationEditPage } from '../features/organisations/components/organisation-edit-page';
import { OrganisationsPage } from '../features/organisations/components/organisations-page';
import { PersonsPage } from '../features/organisations/components/persons-page';
import { SearchPage } from '../features/search';

// KPI screens are split off: loaded when first visited (kpi-routes.tsx), not in the initial bundle.
const kpiPage = (
  name:
    | 'KpiOverviewPage'
    | 'IndicatorPage'
    | 'EntryPage'
    | 'KpiImportPage'
    | 'ZrmPage'
    | 'NewIndicatorPage'
    | 'EditIndicatorPage'
    | 'ZrmImportPage',
) => lazy(() => import('../features/kpi/components/kpi-routes').then((m) => ({ default: m[name] })));
const KpiOverviewPage = kpiPage('KpiOverviewPage');
const KpiIndicatorPage = kpiPage('IndicatorPage');
const KpiEntryPage = kpiPage('EntryPage');
const KpiImportPage = kpiPage('KpiImportPage');
const KpiZrmPage = kpiPage('ZrmPage');
const KpiNewIndicatorPage = kpiPage('NewIndicatorPage');
const KpiEditIndicatorPage = kpiPage('EditIndicatorPage');
const KpiZrmImportPage = kpiPage('ZrmImportPage');
const Lazy = ({ children }: { children: ReactNode }) => <Suspense fallback={<p aria-live="polite">…</p>}>{children}</Suspense>;

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<ProgrammeListPage />} />
              <Route path="inloggen" element={<LoginPage />} />
              <Route path="account" element={<AccountPage />} />
              <Route path="beheer/accounts" element={<AccountsPage />} />
              <Route path="programmas/nieuw" element={<NewProgrammePage />} />
              <Route path="programmas/:programmeId" element={<ProgrammePage />} />
              <Route path="programmas/:programmeId/bewerken" element={<EditProgrammePage />} />
              <Route path="programmas/:programmeId/din" element={<DinMatrixPage />} />
              <Route path="programmas/:programmeId/leden" element={<MembersPage />} />
              <Route path="programmas/:programmeId/elementen/nieuw" element={<NewNodePage />} />
              <Route path="programmas/:programmeId/elementen/:nodeId" element={<NodePage />} />
              <Route path="programmas/:programmeId/elementen/:nodeId/bewerken" element={<EditNodePage />} />
              <Route path="importeren" element={<ImportTablePage />} />
              <Route path="programmas/:programmeId/voortgang" element={<ProgressDashboardPage />} />
              <Route path="programmas/:programmeId/voortgang/mijn-updates" element={<MyUpdatesPage />} />
              <Route path="programmas/:programmeId/voortgang/elementen/:nodeId" element={<NodeProgressPage />} />
              <Route path="programmas/:programmeId/voortgang/planning" element={<PlanningPage />} />
              <Route path="programmas/:programmeId/voortgang/tijdlijn" element={<TimelinePage />} />
              <Route path="programmas/:programmeId/voortgang/terugblik" element={<TerugblikPage />} />
              <Route path="programmas/:programmeId/voortgang/perioden" element={<PeriodsPage />} />
              <Route path="personen" element={<PersonsPage />} />
              <Route path="organisaties" element={<OrganisationsPage />} />
              <Route path="organisaties/:organisationId/bewerken" element={<OrganisationEditPage />} />
              <Route
                path="programmas/:programmeId/kpi"
                element={
                  <Lazy>
                    <KpiOverviewPage />
                  </Lazy>
                }
              />
              <Route
                path="programmas/:programmeId/kpi/invoeren"
                element={
                  <Lazy>
                    <KpiEntryPage />
                  </Lazy>
                }
              />
              <Route
                path="programmas/:programmeId/kpi/importeren"
                element={
                  <Lazy>
                    <KpiImportPage />
                  </Lazy>
                }
              />
              <Route
                path="programmas/:programmeId/kpi/zrm"
                element={
                  <Lazy>
                    <KpiZrmPage />
                  </Lazy>
                }
              />
              <Route
                path="programmas/:programmeId/kpi/nieuw"
                element={
                  <Lazy>
                    <KpiNewIndicatorPage />
                  </Lazy>
                }
              />
              <Route
                path="programmas/:programmeId/kpi/zrm/importeren"
                element={
                  <Lazy>
                    <KpiZrmImportPage />
                  </Lazy>
                }
              />
              <Route
                path="programmas/:programmeId/kpi/:indicatorId/bewerken"
                element={
                  <Lazy>
                    <KpiEditIndicatorPage />
                  </Lazy>
                }
              />
              <Route
                path="programmas/:programmeId/kpi/:indicatorId"
                element={
                  <Lazy>
                    <KpiIndicatorPage />
                  </Lazy>
                }
              />
              <Route path="programmas/:programmeId/financien" element={<FinancePage />} />
              <Route path="programmas/:programmeId/financien/regels/nieuw" element={<BudgetLinePage />} />
              <Route path="programmas/:programmeId/financien/regels/:lineId" element={<BudgetLinePage />} />
              <Route path="programmas/:programmeId/financien/verdelen" element={<CostSplitPage />} />
              <Route path="programmas/:programmeId/overleg" element={<BodiesPage />} />
              <Route path="programmas/:programmeId/overleg/kalender" element={<CalendarPage />} />
              <Route path="programmas/:programmeId/overleg/:bodyId" element={<BodyPage />} />
              <Route path="programmas/:programmeId/vergaderingen/:meetingId" element={<MeetingPage />} />
              <Route path="personen/:personId" element={<PersonPage />} />
              <Route path="programmas/:programmeId/rapportage" element={<ReportPage />} />
              <Route path="programmas/:programmeId/publicatie" element={<PublicationPage />} />
              <Route path="zoeken" element={<SearchPage />} />
              <Route path="publiek" element={<PublicProgrammeListPage />} />
              <Route path="publiek/:slug" element={<PublicProgrammeRoute />} />
              <Route path="organisaties/:organisationId/inzet" element={<CommitmentsPage />} />
              <Route path="goede-praktijken" element={<PracticesPage />} />
              <Route path="goede-praktijken/nieuw" element={<NewPracticePage />} />
              <Route path="goede-praktijken/:practiceId" element={<PracticePage />} />
              <Route path="goede-praktijken/:practiceId/bewerken" element={<EditPracticePage />} />
              <Route path="monitor" element={<MonitorPage />} />
              <Route path="monitor/importeren" element={<MonitorImportPage />} />
              <Route path="sociale-kaart" element={<SocialMapPage />} />
              <Route path="sociale-kaart/nieuw" element={<NewServicePage />} />
              <Route path="sociale-kaart/importeren" element={<SocialMapImportPage />} />
              <Route path="sociale-kaart/gemeenten/:organisationId" element={<MunicipalityMapPage />} />
              <Route path="sociale-kaart/:serviceId" element={<ServicePage />} />
              <Route path="sociale-kaart/:serviceId/bewerken" element={<EditServicePage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
