import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { I18nProvider } from '../lib/i18n';
import { SessionProvider } from '../features/auth/api/get-session';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

// Every page is split off and loaded when first visited (React.lazy; the layout's <Suspense> shows
// a waiting line meanwhile): a visitor of the public pages does not load the editors.
const AccountsPage = lazy(() => import('../features/accounts/components/accounts-page').then((m) => ({ default: m.AccountsPage })));
const MembersPage = lazy(() => import('../features/accounts/components/members-page').then((m) => ({ default: m.MembersPage })));
const AccountPage = lazy(() => import('../features/auth/components/account-page').then((m) => ({ default: m.AccountPage })));
const LoginPage = lazy(() => import('../features/auth/components/login-page').then((m) => ({ default: m.LoginPage })));
const CommitmentsPage = lazy(() =>
  import('../features/commitments/components/commitments-page').then((m) => ({ default: m.CommitmentsPage })),
);
const DinMatrixPage = lazy(() => import('../features/programmes/components/din-matrix-page').then((m) => ({ default: m.DinMatrixPage })));
const EditNodePage = lazy(() => import('../features/programmes/components/node-form-page').then((m) => ({ default: m.EditNodePage })));
const NewNodePage = lazy(() => import('../features/programmes/components/node-form-page').then((m) => ({ default: m.NewNodePage })));
const NodePage = lazy(() => import('../features/programmes/components/node-page').then((m) => ({ default: m.NodePage })));
const EditProgrammePage = lazy(() =>
  import('../features/programmes/components/programme-form-page').then((m) => ({ default: m.EditProgrammePage })),
);
const NewProgrammePage = lazy(() =>
  import('../features/programmes/components/programme-form-page').then((m) => ({ default: m.NewProgrammePage })),
);
const MonitorImportPage = lazy(() =>
  import('../features/monitor/components/monitor-import-page').then((m) => ({ default: m.MonitorImportPage })),
);
const MonitorPage = lazy(() => import('../features/monitor/components/monitor-page').then((m) => ({ default: m.MonitorPage })));
const ProgrammeListPage = lazy(() =>
  import('../features/programmes/components/programme-list-page').then((m) => ({ default: m.ProgrammeListPage })),
);
const ProgrammePage = lazy(() => import('../features/programmes/components/programme-page').then((m) => ({ default: m.ProgrammePage })));
const ImportTablePage = lazy(() => import('../features/import/components/import-table-page').then((m) => ({ default: m.ImportTablePage })));
const ProgressDashboardPage = lazy(() =>
  import('../features/progress/components/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);
const MyUpdatesPage = lazy(() => import('../features/progress/components/my-updates-page').then((m) => ({ default: m.MyUpdatesPage })));
const NodeProgressPage = lazy(() =>
  import('../features/progress/components/node-progress-page').then((m) => ({ default: m.NodeProgressPage })),
);
const PeriodsPage = lazy(() => import('../features/progress/components/periods-page').then((m) => ({ default: m.PeriodsPage })));
const PlanningPage = lazy(() => import('../features/progress/components/planning-page').then((m) => ({ default: m.PlanningPage })));
const TerugblikPage = lazy(() => import('../features/progress/components/terugblik-page').then((m) => ({ default: m.TerugblikPage })));
const TimelinePage = lazy(() => import('../features/progress/components/timeline-page').then((m) => ({ default: m.TimelinePage })));
const BudgetLinePage = lazy(() => import('../features/finance/components/budget-line-page').then((m) => ({ default: m.BudgetLinePage })));
const CostSplitPage = lazy(() => import('../features/finance/components/cost-split-page').then((m) => ({ default: m.CostSplitPage })));
const FinancePage = lazy(() => import('../features/finance/components/finance-page').then((m) => ({ default: m.FinancePage })));
const BodiesPage = lazy(() => import('../features/governance/components/bodies-page').then((m) => ({ default: m.BodiesPage })));
const BodyPage = lazy(() => import('../features/governance/components/body-page').then((m) => ({ default: m.BodyPage })));
const CalendarPage = lazy(() => import('../features/governance/components/calendar-page').then((m) => ({ default: m.CalendarPage })));
const MeetingPage = lazy(() => import('../features/governance/components/meeting-page').then((m) => ({ default: m.MeetingPage })));
const PersonPage = lazy(() => import('../features/governance/components/person-page').then((m) => ({ default: m.PersonPage })));
const ReportPage = lazy(() => import('../features/report/components/report-page').then((m) => ({ default: m.ReportPage })));
const PublicProgrammeListPage = lazy(() =>
  import('../features/publication/components/public-programme-list-page').then((m) => ({ default: m.PublicProgrammeListPage })),
);
const PublicProgrammeRoute = lazy(() =>
  import('../features/publication/components/public-programme-page').then((m) => ({ default: m.PublicProgrammeRoute })),
);
const PublicationPage = lazy(() =>
  import('../features/publication/components/publication-page').then((m) => ({ default: m.PublicationPage })),
);
const OrganisationEditPage = lazy(() =>
  import('../features/organisations/components/organisation-edit-page').then((m) => ({ default: m.OrganisationEditPage })),
);
const OrganisationsPage = lazy(() =>
  import('../features/organisations/components/organisations-page').then((m) => ({ default: m.OrganisationsPage })),
);
const PersonsPage = lazy(() => import('../features/organisations/components/persons-page').then((m) => ({ default: m.PersonsPage })));
const SocialMapPage = lazy(() => import('../features/social-map').then((m) => ({ default: m.SocialMapPage })));
const NewServicePage = lazy(() => import('../features/social-map').then((m) => ({ default: m.NewServicePage })));
const EditServicePage = lazy(() => import('../features/social-map').then((m) => ({ default: m.EditServicePage })));
const ServicePage = lazy(() => import('../features/social-map').then((m) => ({ default: m.ServicePage })));
const MunicipalityMapPage = lazy(() => import('../features/social-map').then((m) => ({ default: m.MunicipalityMapPage })));
const SocialMapImportPage = lazy(() => import('../features/social-map').then((m) => ({ default: m.SocialMapImportPage })));
const PracticesPage = lazy(() => import('../features/knowledge/components/practices-page').then((m) => ({ default: m.PracticesPage })));
const PracticePage = lazy(() => import('../features/knowledge/components/practice-page').then((m) => ({ default: m.PracticePage })));
const NewPracticePage = lazy(() =>
  import('../features/knowledge/components/practice-form-page').then((m) => ({ default: m.NewPracticePage })),
);
const EditPracticePage = lazy(() =>
  import('../features/knowledge/components/practice-form-page').then((m) => ({ default: m.EditPracticePage })),
);
const SearchPage = lazy(() => import('../features/search').then((m) => ({ default: m.SearchPage })));

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
