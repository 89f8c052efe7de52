import { z } from 'zod';
import { shortString } from '../../domain/shared/limits';
import { TABLE_KINDS } from '../../domain/import-table/vocabulary';

/** What goes with the file (multipart/form-data, field file): which table it is and the new programme's title. */
export const ImportTableQuery = z.strictObject({
  kind: z.enum(TABLE_KINDS).describe("'gap-table' (hiaatanalyse) of 'programme-sheet' (programmablad)"),
  programmeTitle: z.string().trim().min(1, 'titel is verplicht').max(200),
  slug: shortString()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug: kleine letters, cijfers en streepjes')
    .optional(),
});

export { ImportPreviewSchema, ImportResultSchema } from '../../domain/import-table/responses';
