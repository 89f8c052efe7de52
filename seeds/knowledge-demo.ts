import type { Db } from '../src/db/database';
import { listPracticeRows } from '../src/db/queries/knowledge';
import { nodesOfProgramme } from '../src/db/queries/node';
import { organisationsByKeys } from '../src/db/queries/organisation';
import { programmeByIdOrSlug } from '../src/db/queries/programme';
import type { AdoptionStatus, InitiativeKind } from '../src/domain/knowledge/vocabulary';
import type { Clock } from '../src/domain/shared/clock';
import { SYSTEM_ACTOR, type Actor } from '../src/server/auth/actor';
import { createInitiative, linkInitiative } from '../src/server/services/knowledge/save-initiative';
import { createPractice } from '../src/server/services/knowledge/save-practice';
import { setAdoption } from '../src/server/services/knowledge/set-adoption';
import { createSideList } from '../src/server/services/knowledge/side-lists';

/**
 * Demo knowledge (issue 23): the good practices, related initiatives and lists the seed programmes
 * name, in our own words. Contacts the documents do not give stay unknown (null); adoption is only
 * recorded where a document says where a practice starts, with the status it gives (planned = in
 * voorbereiding). Idempotent: skipped when demo practices exist.
 */
const DEMO: Actor = { ...SYSTEM_ACTOR, label: 'demo (voorbeeldgegevens)' };
const GRONINGEN = 'mjp-pkp-groningen';
const FLEVOLAND = 'zorglandschap-wmo-flevoland';
const NML = 'meedoen-en-wonen-nml';

interface NodeRef {
  programme: string;
  title: string;
}
interface PracticeSpec {
  title: string;
  summary: string;
  workingComponents: string[];
  targetGroup: string;
  originText: string;
  tags: string[];
  related: NodeRef[];
  published: boolean;
  adoptions?: { municipality: string; status: AdoptionStatus; statusDate?: string; note: string }[];
}

const PRACTICES: PracticeSpec[] = [
  {
    title: 'Samen voor Herstel',
    summary:
      'De cliënt houdt de regie over zijn herstel; sociaal team en ggz-behandelaar werken vanuit één plan samen, zodat hulp uit het sociale en het medische domein op elkaar aansluit.',
    workingComponents: [
      'De cliënt stelt zelf de herstelvraag en houdt de regie',
      'Eén gezamenlijk plan van sociaal team en behandelaar',
      'Korte lijnen tussen FACT-team en wijkteam, ook bij een crisis',
    ],
    targetGroup: 'Inwoners met een langdurige psychische kwetsbaarheid',
    originText: 'Provincie Groningen (MJP Psychisch kwetsbare personen)',
    tags: ['herstel', 'samenwerking', 'sociaal domein'],
    related: [
      { programme: GRONINGEN, title: 'Betere integrale zorg' },
      { programme: GRONINGEN, title: 'Meer goede voorbeelden' },
    ],
    published: true,
    adoptions: [
      { municipality: 'westerkwartier', status: 'in-voorbereiding', note: 'Het MJP noemt 2020 als start van de uitrol hier.' },
      { municipality: 'oldambt', status: 'in-voorbereiding', note: 'Het MJP noemt 2021 als start, na Westerkwartier.' },
    ],
  },
  {
    title: 'Welzijn op Recept',
    summary:
      'De huisarts of praktijkondersteuner verwijst mensen met psychosociale klachten naar een welzijnscoach, die samen met hen een passende activiteit in de buurt zoekt.',
    workingComponents: [
      'Verwijzing vanuit de huisartsenpraktijk',
      'Een welzijnscoach die de persoon persoonlijk begeleidt',
      'Activiteiten dichtbij huis die bij de persoon passen',
    ],
    targetGroup: 'Volwassenen met lichte psychosociale klachten of eenzaamheid',
    originText: 'Genoemd als goed voorbeeld in het MJP Groningen',
    tags: ['preventie', 'welzijn', 'huisarts'],
    related: [{ programme: GRONINGEN, title: 'Meer goede voorbeelden' }],
    published: true,
  },
  {
    title: 'Wijk-GGD’er',
    summary:
      'Een GGD-professional in de wijk die signalen over verward gedrag oppakt voordat het escaleert, en mensen naar passende zorg en ondersteuning brengt.',
    workingComponents: [
      'Outreachend: gaat zelf op signalen af',
      'Verbindt politie, wijkteam, woningcorporatie en zorg',
      'Snel schakelen zonder indicatie vooraf',
    ],
    targetGroup: 'Inwoners met verward gedrag die (nog) geen zorg krijgen',
    originText: 'Genoemd als goed voorbeeld in het MJP Groningen',
    tags: ['verward gedrag', 'preventie', 'wijk'],
    related: [
      { programme: GRONINGEN, title: 'Meer goede voorbeelden' },
      { programme: GRONINGEN, title: 'Aansluiting in keten en passende zorg na 112-melding' },
    ],
    published: true,
  },
  {
    title: 'Housing First',
    summary:
      'Eerst een eigen woning met een huurcontract, daarna intensieve ambulante begeleiding zo lang als nodig. Flevoland neemt de principes als uitgangspunt bij nieuwe ontwikkelingen in de maatschappelijke opvang.',
    workingComponents: [
      'Een woning zonder voorwaarde van behandeling vooraf',
      'Intensieve begeleiding aan huis, zolang als nodig',
      'Keuze en eigen regie van de bewoner',
    ],
    targetGroup: 'Dakloze mensen met meervoudige problemen',
    originText: 'Internationaal bekende aanpak; uitgangspunt in het Zorglandschap Wmo Flevoland',
    tags: ['wonen', 'maatschappelijke opvang', 'herstel'],
    related: [
      { programme: FLEVOLAND, title: 'Preventie van dakloosheid en van instroom in intramurale voorzieningen' },
      { programme: FLEVOLAND, title: 'Zo gewoon mogelijk wonen' },
    ],
    published: true,
  },
  {
    title: 'Herstelacademie',
    summary:
      'Een plek waar mensen met ervaring met psychische kwetsbaarheid cursussen volgen en geven; Flevoland wil zo ervaringsdeskundigen opleiden.',
    workingComponents: ['Leren van en met ervaringsdeskundigen', 'Cursussen over herstel en eigen kracht'],
    targetGroup: 'Inwoners die willen werken aan herstel of ervaringsdeskundige willen worden',
    originText: 'Genoemd in het Zorglandschap Wmo Flevoland (leren)',
    tags: ['ervaringsdeskundigheid', 'herstel'],
    related: [{ programme: FLEVOLAND, title: 'Ervaringsdeskundigheid' }],
    published: false,
  },
];

interface InitiativeSpec {
  name: string;
  kind: InitiativeKind;
  goal: string;
  owner: string | null;
  /** Links: a node by title, or the programme as a whole (title null). */
  links: { programme: string; title: string | null }[];
}

const INITIATIVES: InitiativeSpec[] = [
  {
    name: 'Keten Acute Psychiatrie',
    kind: 'programma',
    goal: 'Snelle, passende hulp bij een psychiatrische crisis in de hele keten.',
    owner: null,
    links: [
      { programme: GRONINGEN, title: null },
      { programme: GRONINGEN, title: 'Aansluiting in keten en passende zorg na 112-melding' },
    ],
  },
  {
    name: 'Programma Beschermd Wonen en Opvang (Groningen)',
    kind: 'programma',
    goal: 'Beschermd wonen en opvang in de Groninger gemeenten vernieuwen.',
    owner: null,
    links: [
      { programme: GRONINGEN, title: null },
      { programme: GRONINGEN, title: 'Passende huisvesting' },
    ],
  },
  {
    name: 'Aanpak personen met verward gedrag en Wet verplichte ggz',
    kind: 'programma',
    goal: 'Passende opvang en zorg voor mensen met verward gedrag; uitvoering van de Wvggz.',
    owner: null,
    links: [{ programme: GRONINGEN, title: null }],
  },
  {
    name: 'Transformatie Jeugdhulp Regio Groningen',
    kind: 'programma',
    goal: 'De jeugdhulp in de regio vernieuwen; raakt aan de jongeren in het MJP.',
    owner: null,
    links: [
      { programme: GRONINGEN, title: null },
      { programme: GRONINGEN, title: 'Provinciedekkende pilot FACT Jeugd, 12 tot 23 jaar' },
    ],
  },
  {
    name: 'Stichting Sedibus',
    kind: 'instantie',
    goal: 'Een community die het delen van goede praktijken uit de zorg faciliteert; Lentis en andere zorgbedrijven doen mee.',
    owner: 'Stichting Sedibus',
    links: [{ programme: GRONINGEN, title: 'Meer goede voorbeelden' }],
  },
  {
    name: 'Actieprogramma dakloze jongeren',
    kind: 'programma',
    goal: 'Dakloosheid onder jongeren voorkomen en terugdringen; aanpalend thema van het zorglandschap.',
    owner: null,
    links: [{ programme: FLEVOLAND, title: 'Voldoende passende en betaalbare huisvesting' }],
  },
  {
    name: 'Geweld hoort nergens thuis',
    kind: 'programma',
    goal: 'Huiselijk geweld voorkomen en stoppen; aanpalend thema bij de huisvesting van slachtoffers.',
    owner: null,
    links: [{ programme: FLEVOLAND, title: 'Voldoende passende en betaalbare huisvesting' }],
  },
  {
    name: 'Werkagenda gemeenten en zorgverzekeraars',
    kind: 'overleg',
    goal: 'Begeleiding (Wmo) en behandeling (Zvw) beter op elkaar laten aansluiten.',
    owner: 'Flevolandse gemeenten en zorgverzekeraars',
    links: [{ programme: FLEVOLAND, title: 'Een gedifferentieerd en passend aanbod dat regionaal goed gespreid is' }],
  },
  {
    name: 'Pilot zachte landing in de wijk',
    kind: 'project',
    goal: 'Kennis verzamelen over hoe mensen die uit een instelling komen goed landen in de wijk, ook vanuit de buurt gezien.',
    owner: 'Hogeschool Windesheim',
    // One initiative, two themes: one record with two links.
    links: [
      { programme: FLEVOLAND, title: 'Draagkracht en draagvlak in de wijk' },
      { programme: FLEVOLAND, title: 'Ondersteuning in eigen woonomgeving' },
    ],
  },
  {
    name: 'Platform Oggz Noord- en Midden-Limburg',
    kind: 'netwerk',
    goal: 'Netwerk van partijen in de openbare geestelijke gezondheidszorg in de regio.',
    owner: null,
    links: [{ programme: NML, title: 'Samenwerking met het Platform Oggz NML versterken' }],
  },
];

interface ListSpec {
  programme: string;
  node: string | null;
  title: string;
  description: string | null;
  items: { title: string; text?: string }[];
}

const LISTS: ListSpec[] = [
  {
    programme: GRONINGEN,
    node: null,
    title: 'Uitgangspunten van het MJP',
    description: 'De vertrekpunten die het programma voor alle projecten noemt.',
    items: [
      { title: 'De leefwereld van de inwoner voorop', text: 'Elke inspanning wordt bekeken vanuit wat de burger ervan merkt.' },
      { title: 'Gedeelde problemen, gedeelde verantwoordelijkheid', text: 'Partijen werken samen vanuit gezamenlijke belangen.' },
      { title: 'Binnen bestaande budgetten', text: 'Extra subsidies (zoals ZonMw) vergroten het effect, maar zijn geen voorwaarde.' },
    ],
  },
  {
    programme: FLEVOLAND,
    node: null,
    title: 'Aanvullende expertise voor de regio (leren)',
    description: 'Waar de regio meer kennis over wil opdoen; het programma vult de lijst gaandeweg aan.',
    items: [
      { title: 'Opvang die leidt tot duurzamer herstel', text: 'Bijvoorbeeld met de principes van Housing First.' },
      {
        title: 'Doelgroepen tussen wal en schip',
        text: 'Zoals psychiatrische problematiek samen met een licht verstandelijke beperking of verslaving.',
      },
      { title: 'Ervaringsdeskundigen opleiden', text: 'Bijvoorbeeld volgens de principes van de herstelacademie.' },
      { title: 'Een zachte landing in de wijk', text: 'Gezien vanuit de buurt zelf.' },
    ],
  },
  {
    programme: FLEVOLAND,
    node: 'Draagkracht en draagvlak in de wijk',
    title: 'Evaluatievragen (verbeteren)',
    description: null,
    items: [
      { title: 'Krijgen cliënten die in de wijk gaan wonen de juiste ondersteuning?' },
      { title: 'Zijn buurtbewoners tevreden en hebben zij de draagkracht om nieuwe bewoners te ontvangen?' },
    ],
  },
];

export async function loadKnowledgeDemo(db: Db, clock: Clock): Promise<void> {
  if ((await listPracticeRows(db, { publishedOnly: false })).some((p) => p.isDemo)) return;
  const programmes = new Map<string, { id: string; nodes: Map<string, string> }>();
  for (const slug of [GRONINGEN, FLEVOLAND, NML]) {
    const p = await programmeByIdOrSlug(db, slug);
    if (p) programmes.set(slug, { id: p.id, nodes: new Map((await nodesOfProgramme(db, p.id)).map((n) => [n.title, n.id])) });
  }
  const nodeId = (ref: { programme: string; title: string | null }) =>
    ref.title === null ? null : (programmes.get(ref.programme)?.nodes.get(ref.title) ?? undefined);
  const municipalities = new Map(
    (await organisationsByKeys(db, [...new Set(PRACTICES.flatMap((p) => (p.adoptions ?? []).map((a) => a.municipality)))])).map((o) => [
      o.key,
      o.id,
    ]),
  );

  for (const spec of PRACTICES) {
    const related = spec.related.map(nodeId).filter((id): id is string => typeof id === 'string');
    const { related: _r, adoptions, ...fields } = spec;
    const practice = await createPractice(db, DEMO, { ...fields, relatedNodeIds: related, contact: null, isDemo: true }, clock);
    for (const a of adoptions ?? []) {
      const organisationId = municipalities.get(a.municipality);
      if (organisationId)
        await setAdoption(
          db,
          DEMO,
          { practiceId: practice.id, organisationId, status: a.status, statusDate: a.statusDate ?? null, note: a.note },
          clock,
        );
    }
  }

  for (const spec of INITIATIVES) {
    const [first, ...rest] = spec.links;
    const p = first ? programmes.get(first.programme) : undefined;
    if (!first || !p) continue;
    const firstNodes = spec.links.filter((l) => l.programme === first.programme && l.title !== null).map(nodeId);
    const nodeIds = firstNodes.filter((id): id is string => typeof id === 'string');
    const created = await createInitiative(
      db,
      DEMO,
      {
        programmeId: p.id,
        fields: { name: spec.name, kind: spec.kind, goal: spec.goal, owner: spec.owner, contact: null, isDemo: true },
        nodeIds: first.title === null ? [] : nodeIds,
      },
      clock,
    );
    // The programme as a whole AND nodes of it: the node links are added beside the programme link.
    if (first.title === null)
      for (const id of nodeIds) await linkInitiative(db, DEMO, { programmeId: p.id, initiativeId: created.id, nodeId: id }, clock);
    for (const l of rest.filter((x) => x.programme !== first.programme)) {
      const other = programmes.get(l.programme);
      const id = nodeId(l);
      if (other && id !== undefined) await linkInitiative(db, DEMO, { programmeId: other.id, initiativeId: created.id, nodeId: id }, clock);
    }
  }

  for (const spec of LISTS) {
    const p = programmes.get(spec.programme);
    const node = spec.node === null ? null : nodeId({ programme: spec.programme, title: spec.node });
    if (!p || node === undefined) continue;
    await createSideList(
      db,
      DEMO,
      {
        programmeId: p.id,
        nodeId: node,
        fields: {
          title: spec.title,
          description: spec.description,
          items: spec.items.map((i) => ({ title: i.title, text: i.text ?? null })),
          isDemo: true,
        },
      },
      clock,
    );
  }
}
