import type { ProgrammeDocumentInput } from '../../src/domain/programme/document';
import { meedoenEnWonenNml } from './meedoen-en-wonen';
import { mjpPkpGroningen } from './mjp-pkp-groningen';
import { zorglandschapFlevoland } from './zorglandschap-flevoland';

export { meedoenEnWonenNml, mjpPkpGroningen, zorglandschapFlevoland };

/**
 * The three seed programmes as programme documents (src/domain/programme/document.ts), ready for
 * the programme import service. Each document declares the organisations (with CBS codes and
 * inhabitants) and regions it refers to; an organisation already present is reused as it is.
 */
export const demoDocuments: ProgrammeDocumentInput[] = [mjpPkpGroningen, zorglandschapFlevoland, meedoenEnWonenNml];

export { demoMilestones, type DemoMilestone } from './milestones';
export { providerKpis, bwMonitorMeasures, monitoringInstruments } from './meedoen-en-wonen/monitoring';
