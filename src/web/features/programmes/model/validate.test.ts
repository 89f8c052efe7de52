import { describe, expect, it } from 'vitest';
import {
  NEW_GROUP,
  parseEuroCents,
  parseLevelLabels,
  serverFieldErrors,
  slugify,
  validateEffort,
  validateGap,
  validateNode,
  validateProgramme,
} from './validate';

const ok = {
  title: 'Meedoen en Wonen',
  shortName: '',
  slug: 'meedoen-en-wonen',
  description: '',
  levels: 'Pijler > Ambitie > Activiteit',
  periodStart: '',
  periodEnd: '',
};

describe('programme form rules', () => {
  it('parses custom level labels', () => {
    expect(parseLevelLabels(' Pijler >Ambitie>  Activiteit ')).toEqual(['Pijler', 'Ambitie', 'Activiteit']);
  });

  it('slugifies Dutch titles', () => {
    expect(slugify('Zorglandschap Wmo Flevoland – cliënten & zorg')).toBe('zorglandschap-wmo-flevoland-clienten-zorg');
  });

  it('accepts a valid programme and names each bad field', () => {
    expect(validateProgramme(ok)).toEqual({});
    expect(
      validateProgramme({
        ...ok,
        title: ' ',
        slug: 'Met Spaties',
        levels: 'Pijler >> Activiteit',
        periodStart: '2023-01-01',
        periodEnd: '2022-12-31',
      }),
    ).toEqual({
      title: 'validation.titleRequired',
      slug: 'validation.slugInvalid',
      levels: 'validation.levelsEmptyPart',
      periodEnd: 'validation.periodEndBeforeStart',
    });
    expect(validateProgramme({ ...ok, levels: '' }).levels).toBe('validation.levelsRequired');
  });
});

describe('effort form rules', () => {
  it('needs a partner, and a text unless it is "geen"', () => {
    expect(validateEffort({ partner: '', group: '', text: '', geen: false })).toEqual({
      partner: 'validation.partnerRequired',
      text: 'validation.effortRequired',
    });
    expect(validateEffort({ partner: 'org:p', group: '', text: '', geen: true })).toEqual({});
    expect(validateEffort({ partner: 'org:p', group: '', text: 'iets', geen: true })).toEqual({ text: 'validation.effortNoneHasText' });
    expect(validateEffort({ partner: NEW_GROUP, group: ' ', text: 'iets', geen: false })).toEqual({ group: 'validation.groupRequired' });
  });
});

describe('serverFieldErrors', () => {
  it('maps body paths to form fields and ignores what it cannot read', () => {
    expect(
      serverFieldErrors([{ field: 'body.title', reason: 'verplicht' }, { field: 'body.levelLabels.1', reason: 'leeg' }, 'x', null]),
    ).toEqual({
      title: 'verplicht',
      levelLabels: 'leeg',
    });
    expect(serverFieldErrors({ current: {} })).toEqual({});
  });
});

describe('node form rules', () => {
  const node = {
    code: '1.1',
    title: 'Woonzorgvisie',
    description: '',
    scope: '',
    ownerOrganisationId: '',
    deadline: 'Q3 en Q4 2022',
    doelstelling: '',
    expectedResult: '',
  };
  it("accepts deadlines in the document's own words and refuses unreadable ones", () => {
    expect(validateNode(node)).toEqual({});
    expect(validateNode({ ...node, deadline: 'doorlopend' })).toEqual({});
    expect(validateNode({ ...node, deadline: 'voorjaar', title: '' })).toEqual({
      deadline: 'validation.deadlineUnreadable',
      title: 'validation.titleRequired',
    });
  });
});

describe('parseEuroCents', () => {
  it('reads amounts the Dutch way, in whole cents', () => {
    expect(['€ 15.000', '1.234,56', '12,5', '1500', '0', '€ 275.000,00'].map(parseEuroCents)).toEqual([
      1500000, 123456, 1250, 150000, 0, 27500000,
    ]);
  });

  it('refuses what is not plainly an amount', () => {
    expect(['', 'ongeveer 5000', '1,234.56', '12,345', '-5', '1.23'].map(parseEuroCents)).toEqual([null, null, null, null, null, null]);
  });
});

describe('gap form rules', () => {
  const gap = { currentPractices: '', hiaat: '', voorstel: '', budgetKind: '', amount: '', fund: '', note: '' };
  it('needs a readable amount for "bedrag" and a fund for "ander fonds"', () => {
    expect(validateGap(gap)).toEqual({});
    expect(validateGap({ ...gap, budgetKind: 'bedrag', amount: 'veel' })).toEqual({ amount: 'validation.amount' });
    expect(validateGap({ ...gap, budgetKind: 'ander-fonds' })).toEqual({ fund: 'validation.fundRequired' });
    expect(validateGap({ ...gap, budgetKind: 'onbekend' })).toEqual({});
  });
});
