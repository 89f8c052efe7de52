import { apiFetch, useApi } from '../../../lib/api';

interface TreeNode {
  id: string;
  parentId: string | null;
  code: string | null;
  title: string;
}
interface Period {
  id: string;
  label: string;
  lockedAt: string | null;
  startDate: string;
}

/** What the report form offers: the programme's top-level parts and its reporting periods. */
export const fetchReportOptions = async (programme: string) => {
  const base = `/programmes/${encodeURIComponent(programme)}`;
  const [tree, periods] = await Promise.all([
    apiFetch<{ programme: { title: string; slug: string }; nodes: TreeNode[] }>(`${base}/tree?shape=flat`),
    apiFetch<{ items: Period[] }>(`${base}/progress/periods`),
  ]);
  return { programme: tree.programme, themes: tree.nodes.filter((n) => n.parentId === null), periods: periods.items };
};

export const useReportOptions = (programme: string) => useApi(`report-options:${programme}`, () => fetchReportOptions(programme));
