import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { reportLabels } from '../../domain/report/labels';
import type { BoardReport, ReportStatusKey } from '../../domain/report/view-model';
import { reportBlocks, reportTitle, type Block, type TextCell } from './blocks';

/**
 * The report as PDF through pdfmake: the same outline as the Word file (title page, table of
 * contents, headings that are also its bookmarks), marked as a tagged PDF with its language, in
 * Roboto (shipped inside the pdfmake package: it covers ë, é, ï and the euro sign).
 */
const fontDir = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const FONTS = {
  Roboto: {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
};

/** pdfmake is loaded at the first PDF, not at every start of the server or the CLI (~0.8 s). */
let loaded: Promise<typeof import('pdfmake')> | null = null;
function pdfmakeReady() {
  // pdfmake is CommonJS: its exports arrive as the default export of the ES module.
  loaded ??= import('pdfmake').then((m) => {
    const pdfmake = (m as unknown as { default: typeof m }).default;
    pdfmake.setFonts(FONTS);
    // Only our own font files may be read, and nothing is fetched from the network.
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));
    pdfmake.setUrlAccessPolicy(() => false);
    return pdfmake;
  });
  return loaded;
}

/** Light tints of the traffic lights for status cells (the status is always written out too). */
const STATUS_FILL: Record<ReportStatusKey, string> = {
  groen: '#DCEFD3',
  oranje: '#FBE3CC',
  rood: '#F7D5D2',
  'niet-gestart': '#EBEBEB',
  'geen-update': '#EBEBEB',
  afgerond: '#D5DEEA',
  vervallen: '#F4F4F4',
};

function cell(c: TextCell, header: boolean): TableCell {
  return {
    text: c.text,
    bold: header,
    fillColor: header ? '#E8EEF5' : c.status ? STATUS_FILL[c.status] : undefined,
    margin: [c.indent ? Math.min(c.indent, 4) * 8 : 0, 0, 0, 0],
  };
}

function content(blocks: Block[]): Content[] {
  const out: Content[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push({ text: b.title, style: 'title', margin: [0, 180, 0, 8] });
        out.push({ text: b.subtitle, style: 'subtitle', margin: [0, 0, 0, 24] });
        out.push({
          table: { widths: ['auto', '*'], body: b.facts.map(([k, v]) => [{ text: k, bold: true }, v]) },
          layout: 'noBorders',
          pageBreak: 'after',
        });
        break;
      case 'toc':
        out.push({ toc: { title: { text: b.title, style: 'h1' } }, pageBreak: 'after' });
        break;
      case 'heading':
        out.push({
          text: b.text,
          style: `h${b.level}`,
          tocItem: b.level <= 2,
          id: b.id,
          tocMargin: [(b.level - 1) * 12, 0, 0, 0],
        } as Content);
        break;
      case 'paragraph':
        out.push({ text: b.text, color: b.muted ? '#4B4B4B' : undefined, margin: [0, 0, 0, 6] });
        break;
      case 'text': {
        out.push({ text: b.label, bold: true, margin: [0, 4, 0, 2] });
        let bullets: string[] = [];
        const flush = () => {
          if (bullets.length > 0) out.push({ ul: bullets, margin: [0, 0, 0, 4] });
          bullets = [];
        };
        for (const p of b.paragraphs) {
          if (p.bullet) bullets.push(p.text);
          else {
            flush();
            out.push({ text: p.text, margin: [0, 0, 0, 4] });
          }
        }
        flush();
        break;
      }
      case 'table': {
        const total = b.widths.reduce((a, w) => a + w, 0);
        out.push({ text: b.caption, bold: true, margin: [0, 6, 0, 2] });
        out.push({
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: b.widths.map((w) => `${((w / total) * 100).toFixed(1)}%`),
            body: [b.header.map((h) => cell({ text: h }, true)), ...b.rows.map((r) => r.map((c) => cell(c, false)))],
          },
          layout: { hLineColor: () => '#B4B4B4', vLineColor: () => '#B4B4B4' },
          fontSize: 8.5,
          margin: [0, 0, 0, 10],
        });
        break;
      }
    }
  }
  return out;
}

export function reportPdfDefinition(r: BoardReport): TDocumentDefinitions {
  const L = reportLabels(r.language);
  return {
    info: {
      title: `${reportTitle(r)} — ${r.programme.title}`,
      author: 'Regietafel',
      subject: r.period?.label ?? L.noPeriod,
      creator: 'Regietafel',
    },
    language: r.language === 'en' ? 'en-GB' : 'nl-NL',
    tagged: true,
    displayTitle: true,
    version: '1.7',
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 26, bold: true, color: '#154273' },
      subtitle: { fontSize: 16 },
      h1: { fontSize: 17, bold: true, color: '#154273', margin: [0, 14, 0, 6] },
      h2: { fontSize: 13.5, bold: true, color: '#154273', margin: [0, 10, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
    },
    footer: (page: number, pages: number) => ({
      text: `${L.page} ${page} / ${pages}`,
      alignment: 'right',
      margin: [48, 20, 48, 0],
      fontSize: 8,
      color: '#4B4B4B',
    }),
    content: content(reportBlocks(r)),
  };
}

export async function reportPdf(r: BoardReport): Promise<Buffer> {
  const pdfmake = await pdfmakeReady();
  const doc = pdfmake.createPdf(reportPdfDefinition(r));
  return Buffer.from(await doc.getBuffer());
}
