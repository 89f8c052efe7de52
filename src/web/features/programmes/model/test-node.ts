import type { TreeNodeData } from '../api/types';

/**
 * A tree node for the model tests: the fields a test names, the rest blank. The type is the server's
 * response schema, so a test fixture follows a renamed field too.
 */
export function testNode(fields: Pick<TreeNodeData, 'id' | 'parentId' | 'position'> & Partial<TreeNodeData>): TreeNodeData {
  return {
    programmeId: 'p',
    key: fields.id,
    code: null,
    title: fields.id,
    description: null,
    level: 0,
    levelLabel: 'Niveau 1',
    scope: null,
    ownerOrganisation: null,
    trekkers: [],
    municipalities: [],
    excludedMunicipalities: [],
    aliases: [],
    deadline: { grain: 'geen', wording: null, start: null, end: null },
    deadlineLabel: '',
    deadlineState: 'geen',
    doelstelling: null,
    expectedResult: null,
    sections: [],
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    partnerKeys: [],
    effortCount: 0,
    hasGapAnalysis: false,
    ...fields,
  };
}
