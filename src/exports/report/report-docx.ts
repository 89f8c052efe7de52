import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  Footer,
  PageNumber,
} from 'docx';
import { reportLabels } from '../../domain/report/labels';
import type { BoardReport, ReportStatusKey } from '../../domain/report/view-model';
import { reportBlocks, reportTitle, type Block, type TextCell } from './blocks';

/** Traffic-light colours (hex without #) for the coloured left border of a status cell. */
export const STATUS_COLOURS: Record<ReportStatusKey, string> = {
  groen: '39870C',
  oranje: 'E17000',
  rood: 'D52B1E',
  'niet-gestart': '8A8A8A',
  'geen-update': '8A8A8A',
  afgerond: '154273',
  vervallen: 'CCCCCC',
};

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function lines(text: string, opts: { bold?: boolean } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, bold: opts.bold, break: i > 0 ? 1 : undefined }));
}

function cell(c: TextCell, header: boolean, widthPct: number): TableCell {
  const colour = c.status ? STATUS_COLOURS[c.status] : null;
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' } : undefined,
    borders: colour ? { left: { style: BorderStyle.SINGLE, size: 36, color: colour } } : undefined,
    children: [
      new Paragraph({ children: lines(c.text, { bold: header }), indent: c.indent ? { left: Math.min(c.indent, 4) * 240 } : undefined }),
    ],
  });
}

function table(b: Extract<Block, { kind: 'table' }>): Table {
  const total = b.widths.reduce((a, w) => a + w, 0);
  const pct = b.widths.map((w) => Math.round((w / total) * 100));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: b.header.map((h, i) => cell({ text: h }, true, pct[i] ?? 10)) }),
      ...b.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, false, pct[i] ?? 10)) })),
    ],
  });
}

function children(blocks: Block[]): (Paragraph | Table | TableOfContents)[] {
  const out: (Paragraph | Table | TableOfContents)[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push(new Paragraph({ text: b.title, heading: HeadingLevel.TITLE, spacing: { before: 2400 } }));
        out.push(new Paragraph({ children: [new TextRun({ text: b.subtitle, size: 32 })], spacing: { after: 600 } }));
        for (const [k, v] of b.facts) out.push(new Paragraph({ children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)] }));
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'toc':
        out.push(new Paragraph({ text: b.title, style: 'TOCHeading' }));
        out.push(new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-2' }));
        out.push(new Paragraph({ children: [new TextRun({ text: b.hint, italics: true, color: '4B4B4B' })] }));
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'heading':
        out.push(new Paragraph({ text: b.text, heading: HEADINGS[b.level] }));
        break;
      case 'paragraph':
        out.push(new Paragraph({ children: [new TextRun({ text: b.text, color: b.muted ? '4B4B4B' : undefined })] }));
        break;
      case 'text':
        out.push(new Paragraph({ children: [new TextRun({ text: b.label, bold: true })], spacing: { before: 120 } }));
        for (const p of b.paragraphs)
          out.push(p.bullet ? new Paragraph({ text: p.text, bullet: { level: 0 } }) : new Paragraph({ text: p.text }));
        break;
      case 'table':
        out.push(new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })], keepNext: true }));
        out.push(table(b));
        out.push(new Paragraph({ text: '' }));
        break;
    }
  }
  return out;
}

/**
 * The report as a Word document: real heading styles (Titel, Kop 1–3), a table of contents
 * field that Word and LibreOffice fill in on opening, tables with repeated header rows.
 */
export async function reportDocx(r: BoardReport): Promise<Buffer> {
  const L = reportLabels(r.language);
  const doc = new Document({
    creator: 'Regietafel',
    title: `${reportTitle(r)} — ${r.programme.title}`,
    description: r.period?.label ?? L.noPeriod,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: 'Calibri', size: 21 } } },
      paragraphStyles: [
        { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 32, color: '154273' } },
      ],
    },
    sections: [
      {
        properties: {},
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [`${L.page} `, PageNumber.CURRENT] })] }),
            ],
          }),
        },
        children: children(reportBlocks(r)),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
