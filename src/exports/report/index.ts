import type { BoardReport } from '../../domain/report/view-model';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import { reportPdf } from './report-pdf';
import { reportXlsx } from './report-xlsx';

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
};

/** The report file in one of the four formats, all from the same view-model. */
export async function renderReport(r: BoardReport, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return reportDocx(r);
    case 'pdf':
      return reportPdf(r);
    case 'xlsx':
      return reportXlsx(r);
    case 'html':
      return Buffer.from(reportHtml(r), 'utf8');
  }
}

/** "voortgangsrapportage-meedoen-en-wonen-q2-2022.docx" */
export function reportFileName(r: BoardReport, format: ReportFormat): string {
  const slug = (t: string) =>
    t
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const parts = [
    r.language === 'en' ? 'progress-report' : 'voortgangsrapportage',
    r.programme.slug,
    r.meeting ? slug(`${r.meeting.bodyName} ${r.meeting.date}`) : '',
    r.scope.kind === 'theme' ? slug(r.scope.code ?? r.scope.title) : '',
    r.period ? slug(r.period.label) : '',
    r.publicVersion ? 'publiek' : '',
  ];
  return `${parts.filter(Boolean).join('-')}.${format}`;
}
