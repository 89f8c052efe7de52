/** Texts of the monitor's public granularity (issue 25). */
export const monitorPrivacyNl = {
  'monitor.quartersOnly':
    'Afgeschermde cijfers zijn er per kwartaal: naast elkaar gelegd zouden een jaar en zijn kwartalen, of een kwartaal ' +
    'en zijn maanden, kleine aantallen verraden. Een monitor-analist kan andere indelingen kiezen.',
} as const;

export const monitorPrivacyEn: Record<keyof typeof monitorPrivacyNl, string> = {
  'monitor.quartersOnly':
    'Suppressed figures are published per quarter: a year next to its quarters, or a quarter next to its months, would ' +
    'give small counts away. A monitor analyst can choose other periods.',
};
