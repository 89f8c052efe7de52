import { PROGRAMME_DOCUMENT_FORMAT, type ProgrammeDocumentInput } from '../../../src/domain/programme/document';
import { documentOrganisations, documentRegions, regionMembers } from '../../reference';
import { section, type LinkInput, type NodeInput, type SectionInput } from '../build';
import { hoofddoel1, hoofddoel2 } from './goals-1-2';
import { hoofddoel3, hoofddoel4, hoofddoel5 } from './goals-3-5';
import type { Hoofddoel } from './shape';
import { clientGroups, evaluationPlans, expertiseNeeded, personas, stakeholders, wlzAccess } from './stakeholders';

/**
 * Uitvoeringsprogramma Zorglandschap Wmo Flevoland, publieksversie (shared/seeds/002).
 * Hoofddoel > Fundament > Resultaat: 5 hoofddoelen in the document's order (it swaps 4 and 5
 * compared with the Regionaal kader). Fundamenten are numbered per hoofddoel; results carry no code.
 */
const REGION = 'flevoland';
const FLEVOLAND = regionMembers(REGION);

export const hoofddoelen: Hoofddoel[] = [hoofddoel1, hoofddoel2, hoofddoel3, hoofddoel4, hoofddoel5];

function goalNodes(h: Hoofddoel): NodeInput[] {
  const hKey = `hd${h.code}`;
  const sections: SectionInput[] = [section('Casus', h.casus)];
  if (h.context) sections.push(section('Ontwikkelingen', h.context));
  sections.push(section("Aanpalende thema's", h.aanpalend));
  const nodes: NodeInput[] = [{ key: hKey, code: h.code, title: h.title, description: h.challenge, sections }];
  for (const f of h.fundamenten) {
    const fKey = `${hKey}-f${f.code}`;
    nodes.push({
      key: fKey,
      parentKey: hKey,
      code: f.code,
      title: f.title,
      description: f.context ?? null,
      doelstelling: f.doelstelling,
      sections: f.references ? [section('Verwijzingen', f.references)] : [],
    });
    f.results.forEach((r, i) => {
      const result = typeof r === 'string' ? { text: r } : r;
      nodes.push({
        key: `${fKey}-r${i + 1}`,
        parentKey: fKey,
        title: result.text,
        ...(result.scope ? { scope: result.scope } : {}),
        ...(result.scope === 'lokaal' ? { municipalities: [...FLEVOLAND] } : {}),
        ...(result.deadline ? { deadline: result.deadline } : {}),
      });
    });
  }
  return nodes;
}

/**
 * The one cross-reference the document spells out between results: spreading the 24-hour
 * facilities (3.4) refers to the op-, af- en ombouwplan, "actie 2.3.2" = hoofddoel 2, fundament 3,
 * second result. "Actie 5.1.1" (hoofddoel 4) is not linked: this version swaps hoofddoel 4 and 5,
 * so the number does not point at a result here.
 */
const links: LinkInput[] = [{ from: 'hd3-f4-r1', to: 'hd2-f3-r2', kind: 'raakt-aan', note: 'actie 2.3.2: af-, om- en opbouwplan' }];

const names = (circle: 'binnencirkel' | 'buitencirkel') =>
  stakeholders
    .filter((x) => x.circle === circle)
    .map((x) => x.name.charAt(0).toLowerCase() + x.name.slice(1))
    .join(', ');

const description = [
  'Publieksversie van het uitvoeringsprogramma bij het Regionaal kader zorglandschap Wmo 2020-2026. Het beschrijft kort wat er moet gebeuren zodat psychisch kwetsbare inwoners, hun naasten en alle betrokkenen een goede plek hebben om te wonen en zorg te krijgen. Gemaakt met cliëntvertegenwoordigers, GGD Flevoland, zorg- en welzijnsaanbieders en beleidsmensen van de zes Flevolandse gemeenten; Bureau HHM hield de pen. Preventie is in alle hoofddoelen verwerkt. Almere is centrumgemeente.',
  `Stakeholders: rond de inwoner (binnencirkel) ${names('binnencirkel')}; daaromheen (buitencirkel) ${names('buitencirkel')}.`,
  'Voor wie: cliënten, dat wil zeggen inwoners met een psychische kwetsbaarheid:',
  clientGroups.map((g) => `- ${g}`).join('\n'),
  'De personen in de verhalen (gebaseerd op echte inwoners):',
  personas.map((x) => `- ${x.name} ${x.story}`).join('\n'),
  `Toegang tot de Wlz: sinds ${wlzAccess.openSince} ook voor mensen met een psychiatrische aandoening (aanmelden kon vanaf ${wlzAccess.registrationFrom}); het ${wlzAccess.decidedBy} beslist per cliënt. Criteria, die blijvend (levenslang) moeten gelden:`,
  wlzAccess.criteria.map((c) => `- ${c}`).join('\n'),
  'Alleen 24 uur per dag zorg of toezicht in de nabijheid nodig hebben, het criterium voor beschermd wonen, is dus niet genoeg voor de Wlz.',
  `Leren: expertise nodig over ${expertiseNeeded.join('; ')}.`,
  `Evalueren: ${evaluationPlans.join('; ')}. Kennis delen: gemeenten wisselen goede voorbeelden en mislukkingen uit, zodat niet elke gemeente het wiel opnieuw uitvindt.`,
].join('\n\n');

const partners = [...FLEVOLAND, 'ggd-flevoland', 'bureau-hhm'];

export const zorglandschapFlevoland: ProgrammeDocumentInput = {
  format: PROGRAMME_DOCUMENT_FORMAT,
  formatVersion: 1,
  programme: {
    slug: 'zorglandschap-wmo-flevoland',
    title: 'Uitvoeringsprogramma Zorglandschap Wmo Flevoland (publieksversie)',
    shortName: 'Zorglandschap Wmo Flevoland',
    description,
    levelLabels: ['Hoofddoel', 'Fundament', 'Resultaat'],
    status: 'actief',
    region: REGION,
    partners,
  },
  organisations: documentOrganisations([
    ...partners,
    'zilveren-kruis',
    'windesheim',
    'veilig-thuis-flevoland',
    'meldpunt-oggz-flevoland',
    'universiteit-utrecht',
    'universiteit-van-amsterdam',
  ]),
  regions: documentRegions([REGION]),
  nodes: hoofddoelen.flatMap(goalNodes),
  links,
};
