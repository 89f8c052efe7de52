/** The KPI screens, loaded on demand (React.lazy in app/app.tsx) so the first bundle does not grow. */
export { KpiOverviewPage } from './kpi-overview-page';
export { IndicatorPage } from './indicator-page';
export { EntryPage } from './entry-page';
export { KpiImportPage } from './import-page';
export { ZrmPage } from './zrm-page';
export { NewIndicatorPage, EditIndicatorPage } from './indicator-form-page';
export { ZrmImportPage } from './zrm-import-page';
