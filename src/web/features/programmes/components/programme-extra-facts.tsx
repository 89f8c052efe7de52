import { DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { Programme } from '../api/types';

/** Region, the document's version and adoption, what it replaces, vision and goal: the rows that are filled in. */
export function ProgrammeExtraFacts({ p }: { p: Programme }) {
  const { t } = useI18n();
  const adoption = [p.adoptedOn ? formatDate(p.adoptedOn) : '', p.adoptedBy ?? ''].filter(Boolean).join(t('entryProgramme.adoptedByJoin'));
  const rows: [string, string, string][] = [
    ['region', t('entryProgramme.region'), p.region?.name ?? ''],
    ['version', t('entryProgramme.documentVersion'), p.documentVersion ?? ''],
    ['adoption', t('entryProgramme.adoption'), adoption],
    ['replaces', t('entryProgramme.replaces'), p.replaces ?? ''],
    ['vision', t('entryProgramme.vision'), p.vision ?? ''],
    ['goal', t('entryProgramme.goal'), p.goal ?? ''],
  ];
  return (
    <>
      {rows
        .filter(([, , value]) => value !== '')
        .map(([key, label, value]) => (
          <DataListItem key={key}>
            <DataListKey>{label}</DataListKey>
            <DataListValue>
              <span data-testid={`programme-${key}`} className="rt-prewrap">
                {value}
              </span>
            </DataListValue>
          </DataListItem>
        ))}
    </>
  );
}
