import { renumber, type NumberStyle } from '../../../../domain/programme/tree';
import type { TreeNodeData } from '../api/types';
import { inTreeOrder } from './move';

export const NUMBER_STYLES: readonly NumberStyle[] = ['getal', 'romeins', 'letter'];

export interface RenumberRow {
  node: TreeNodeData;
  depth: number;
  before: string | null;
  after: string;
}

/**
 * What "Codes hernummeren" will do, computed with the same rule as the server (domain/programme/tree
 * renumber): every node in tree order with its code now and after. Only rows whose code changes.
 */
export function renumberPreview(nodes: readonly TreeNodeData[], styles: readonly NumberStyle[]): RenumberRow[] {
  const codes = renumber(nodes, null, styles.length > 0 ? styles : ['getal']);
  return inTreeOrder(nodes).flatMap(({ node, depth }) => {
    const after = codes.get(node.id);
    return after !== undefined && after !== node.code ? [{ node, depth, before: node.code, after }] : [];
  });
}

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** The style a level already uses, read from the last part of its codes; 'getal' when unclear or empty. */
export function guessStyles(nodes: readonly TreeNodeData[]): NumberStyle[] {
  const placed = inTreeOrder(nodes);
  const parts = new Map<number, string[]>();
  for (const { node, depth } of placed) {
    const last = node.code?.trim().split('.').pop();
    if (last) parts.set(depth, [...(parts.get(depth) ?? []), last]);
  }
  const depthCount = Math.max(0, ...placed.map((p) => p.depth + 1));
  return Array.from({ length: depthCount }, (_, d): NumberStyle => {
    const seen = parts.get(d) ?? [];
    if (seen.length === 0 || seen.every((s) => /^\d+$/.test(s))) return 'getal';
    if (seen.every((s) => ROMAN.test(s))) return 'romeins';
    if (seen.every((s) => /^[A-Z]+$/i.test(s))) return 'letter';
    return 'getal';
  });
}
