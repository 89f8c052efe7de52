/** The social map feature's public entry (sociale kaart). */
export { SocialMapPage } from './components/social-map-page';
export { MunicipalityMapPage } from './components/municipality-map-page';
export { ServicePage } from './components/service-page';
export { EditServicePage, NewServicePage } from './components/service-form-page';
export { SocialMapImportPage } from './components/social-map-import-page';
