import type { ServiceKind, WithoutReferral } from './vocabulary';

/** A gemeente a service serves. */
export interface ServiceMunicipality {
  id: string;
  name: string;
  cbsCode: string | null;
}

/** One service as the API answers it (the web UI imports this type). */
export interface ServiceView {
  id: string;
  name: string;
  kind: ServiceKind;
  kindLabel: string;
  description: string | null;
  targetGroup: string | null;
  provider: { organisationId: string | null; name: string | null };
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  openingHours: string | null;
  withoutReferral: WithoutReferral;
  waitingTimeNote: string | null;
  municipalities: ServiceMunicipality[];
  published: boolean;
  isDemo: boolean;
  /** dd-mm-jjjj of the last change. */
  updatedOn: string;
  updatedAt: string;
  version: number;
  /** May the person asking change or delete this service? */
  mayEdit: boolean;
}
