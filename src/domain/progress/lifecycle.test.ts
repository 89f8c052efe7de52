import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STATUSES, lifecycleAt, lifecycleFromWord, nodesAtRest, type LifecycleEntry } from './lifecycle';

const e = (nodeId: string, status: LifecycleEntry['status'], since: string, createdAt = `${since}T12:00:00Z`): LifecycleEntry => ({
  nodeId,
  status,
  since,
  reason: null,
  createdAt,
});

describe('life-cycle status', () => {
  it('the latest entry dated on or before the day is in force; history stays', () => {
    const entries = [
      e('a', 'lopend', '2022-01-01'),
      e('a', 'gepauzeerd', '2022-06-01'),
      e('a', 'lopend', '2022-09-01'),
      e('b', 'voorbereiding', '2023-01-01'),
    ];
    expect(lifecycleAt(entries, '2022-07-01').get('a')?.status).toBe('gepauzeerd');
    expect(lifecycleAt(entries, '2022-09-01').get('a')?.status).toBe('lopend');
    expect(lifecycleAt(entries, '2022-12-31').has('b')).toBe(false);
  });
  it('on the same day the later entry wins', () => {
    const entries = [e('a', 'gepauzeerd', '2022-06-01', '2022-06-01T09:00:00Z'), e('a', 'gestopt', '2022-06-01', '2022-06-01T10:00:00Z')];
    expect(lifecycleAt(entries, '2022-06-02').get('a')?.status).toBe('gestopt');
  });
  it('a paused, stopped or finished node rests with everything below it', () => {
    const nodes = [
      { id: 't', parentId: null },
      { id: 'p1', parentId: 't' },
      { id: 'p1a', parentId: 'p1' },
      { id: 'p2', parentId: 't' },
    ];
    const current = lifecycleAt([e('p1', 'gepauzeerd', '2022-01-01'), e('p2', 'voorgesteld-te-stoppen', '2022-01-01')], '2022-02-01');
    expect([...nodesAtRest(nodes, current)].sort()).toEqual(['p1', 'p1a']);
  });
  it('maps the words tables use, and nothing else', () => {
    expect(lifecycleFromWord(' On hold ')).toBe('gepauzeerd');
    expect(lifecycleFromWord('Voorgesteld te stoppen')).toBe('voorgesteld-te-stoppen');
    expect(lifecycleFromWord('in uitvoering')).toBe('lopend');
    expect(lifecycleFromWord('groen')).toBeNull();
    for (const s of LIFECYCLE_STATUSES) expect(lifecycleFromWord(s)).toBe(s);
  });
});
