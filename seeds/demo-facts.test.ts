import { describe, expect, it } from 'vitest';
import { ProgrammeDocumentSchema, type ProgrammeDocument } from '../src/domain/programme/document';
import { parsePlainText } from '../src/domain/shared/plain-text';
import { meedoenEnWonenNml, mjpPkpGroningen, zorglandschapFlevoland } from './programmes/index';
import { glossary, monitoringCadences, monitoringInstruments } from './programmes/meedoen-en-wonen/monitoring';
import { ambitionResults } from './programmes/meedoen-en-wonen/results';
import { clientGroups, personas, wlzAccess } from './programmes/zorglandschap-flevoland/stakeholders';
import { referenceGroups } from './reference/organisations';

/**
 * The facts a reader of the three source documents (shared/seeds) found missing or wrong in the
 * demo (issue 19), checked on the programme documents the demo loads.
 */
const mjp: ProgrammeDocument = ProgrammeDocumentSchema.parse(mjpPkpGroningen);
const nml: ProgrammeDocument = ProgrammeDocumentSchema.parse(meedoenEnWonenNml);
const flevo: ProgrammeDocument = ProgrammeDocumentSchema.parse(zorglandschapFlevoland);
const bullets = (text: string | null | undefined) => parsePlainText(text).flatMap((b) => (b.kind === 'bullets' ? b.items : []));

describe('MJP PKP Groningen as its document says', () => {
  it('has primary and secondary prevention as its top level, not a "perspectief", without invented codes', () => {
    expect(mjp.programme.levelLabels[0]).toBe('Preventie');
    const top = mjp.nodes.filter((n) => !n.parentKey);
    expect(top.map((n) => [n.title, n.code ?? null])).toEqual([
      ['Primaire preventie', null],
      ['Secundaire preventie', null],
    ]);
  });

  it('names the legal background, the social teams from 1 January 2021, the literature and the website', () => {
    const d = mjp.programme.description ?? '';
    expect(d).toMatch(/Wmo 2015/);
    expect(d).toMatch(/AWBZ/);
    expect(d).toMatch(/sociale teams/);
    expect(d).toMatch(/1 januari 2021/);
    expect(d).toMatch(/Hans Licht, Programmamanagement, Regievoering zonder macht \(2009\)/);
    expect(d).toContain('https://sedibus.nl/');
  });

  it('has the group "Groninger gemeenten" holding the ten gemeenten, so its efforts are theirs', () => {
    const g = referenceGroups.find((x) => x.group === 'groninger-gemeenten');
    expect(g?.members).toHaveLength(10);
    expect((mjp.efforts ?? []).filter((e) => 'group' in e.partner && e.partner.group === 'Groninger gemeenten')).toHaveLength(14);
  });
});

describe('Meedoen en Wonen as its document says', () => {
  it('says where a result appears under two ambitions, as the appendix itself does, instead of a silent copy', () => {
    const image = ambitionResults.filter((r) => r.text.startsWith('Het beeld van mensen met (complexe) problematiek'));
    expect(image.map((r) => r.ambition)).toEqual(['a-transformatie', 'a-wijken']);
    expect(image[1]?.text).toMatch(/ook bij de transformatie/);
    // Otherwise no ambition repeats a result of another.
    const texts = ambitionResults.map((r) => r.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('holds the monitoring cadences: four times a year, the monitor and the study with their quarters, half-yearly, monthly', () => {
    expect(monitoringCadences.accountTalksPerYear).toBe(4);
    const cadence = bullets(nml.programme.description);
    for (const when of ['vier keer per jaar', 'elk kwartaal', 'Q1 2023', 'Q4 2022', 'elk half jaar', 'maandelijks']) {
      expect(
        cadence.some((line) => line.startsWith(`${when}:`)),
        when,
      ).toBe(true);
    }
    expect(monitoringInstruments.find(([when]) => when === 'Q1 2023')?.[1]).toMatch(/monitor MO/);
    expect(monitoringInstruments.find(([when]) => when === 'Q4 2022')?.[1]).toMatch(/tevredenheid/);
  });

  it('has its glossary', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(20);
    const listed = bullets(nml.programme.description);
    for (const term of ['MGR', 'Ketenregisseur', 'Voorliggend veld', 'Transferpunt', 'Matchingspunt'])
      expect(
        listed.some((l) => l.startsWith(`${term}:`)),
        term,
      ).toBe(true);
  });
});

describe('Zorglandschap Wmo Flevoland as its document says', () => {
  it('gives the personas their details', () => {
    const story = (name: string) => personas.find((p) => p.name === name)?.story ?? '';
    expect(story('Michelle')).toMatch(/23/);
    expect(story('Michelle')).toMatch(/Noordoostpolder/);
    expect(story('Michelle')).toMatch(/Lelystad/);
    expect(story('Mike')).toMatch(/Dronten/);
    expect(story('Mike')).toMatch(/Wim/);
    expect(story('Maruan')).toMatch(/autisme/);
    expect(story('Monique')).toMatch(/Urk/);
    const listed = bullets(flevo.programme.description);
    for (const p of personas)
      expect(
        listed.some((l) => l.startsWith(`${p.name} `)),
        p.name,
      ).toBe(true);
  });

  it('lists the client subgroups and the care criteria for the Wlz', () => {
    expect(clientGroups).toHaveLength(7);
    const listed = bullets(flevo.programme.description);
    for (const g of clientGroups) expect(listed).toContain(g);
    expect(wlzAccess.openSince).toBe(2021);
    expect(wlzAccess.decidedBy).toBe('CIZ');
    for (const c of wlzAccess.criteria) expect(listed).toContain(c);
    expect(flevo.programme.description).toMatch(/blijvend/);
  });
});
