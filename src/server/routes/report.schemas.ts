import { z } from 'zod';
import { REPORT_LANGUAGES } from '../../domain/report/view-model';
import { REPORT_FORMATS } from '../../exports/report';

export const ReportParams = z.object({ programmeId: z.string().min(1).max(200).describe('id of slug van het programma') });
export const ReportQuery = z.object({
  format: z.enum(REPORT_FORMATS).default('docx').describe('docx | pdf | xlsx | html'),
  theme: z.string().min(1).max(200).optional().describe('code of id van een thema: alleen dat element en alles eronder'),
  period: z.string().min(1).max(200).optional().describe('id, naam ("Q2 2022") of kwartaal ("2022-Q2") van de rapportageperiode'),
  lang: z.enum(REPORT_LANGUAGES).default('nl').describe('nl (standaard) of en'),
  meeting: z.uuid().optional().describe('id van een vergadering: het rapport voor die vergadering van dat overleg'),
  body: z
    .string()
    .min(1)
    .max(300)
    .optional()
    .describe('id, sleutel of naam van een overleg: het rapport voor zijn volgende (anders laatste) vergadering'),
});
export const PublicReportParams = z.object({ slug: z.string().min(1).max(200) });
export const PublicReportQuery = ReportQuery.pick({ format: true, lang: true });
