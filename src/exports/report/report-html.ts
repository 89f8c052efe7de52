import { createHash } from 'node:crypto';
import type { BoardReport } from '../../domain/report/view-model';
import { reportBlocks, reportTitle, type Block, type TextCell } from './blocks';

/**
 * The report as one printable HTML file: its own stylesheet in a <style> element (allowed by the
 * hash in the response's Content-Security-Policy, see REPORT_HTML_CSP), no scripts, no style
 * attributes. Status colours come from classes and are printed with their words, never by colour alone.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm; }
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a;
  margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #154273; padding-bottom: .25rem; color: #154273; break-after: avoid; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; color: #154273; break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; break-after: avoid; }
.title-page { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.title-page h1 { font-size: 2.2rem; border: 0; margin-bottom: .25rem; }
.title-page .subtitle { font-size: 1.3rem; margin: 0 0 2rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.5rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
nav.toc { break-after: page; }
nav.toc ol { padding-left: 1.25rem; }
.muted { color: #4b4b4b; }
.label { font-weight: 600; margin: .5rem 0 .1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #b4b4b4; padding: .3rem .45rem; text-align: left; vertical-align: top; white-space: pre-line; }
th { background: #e8eef5; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.st { border-left-width: 6px; }
td.st-groen { border-left-color: #39870c; }
td.st-oranje { border-left-color: #e17000; }
td.st-rood { border-left-color: #d52b1e; }
td.st-niet-gestart, td.st-geen-update { border-left-color: #8a8a8a; }
td.st-afgerond { border-left-color: #154273; }
td.st-vervallen { border-left-color: #cccccc; }
td.d1 { padding-left: 1.4rem; } td.d2 { padding-left: 2.4rem; } td.d3 { padding-left: 3.4rem; } td.d4 { padding-left: 4.4rem; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;

/** The CSP for serving the HTML report: nothing but its own stylesheet. */
export const REPORT_HTML_CSP =
  `default-src 'none'; style-src 'sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}'; ` +
  `img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function cellHtml(c: TextCell, tag: 'td' | 'th'): string {
  const classes = [c.status ? `st st-${c.status}` : '', c.indent ? `d${Math.min(c.indent, 4)}` : ''].filter(Boolean).join(' ');
  return `<${tag}${classes ? ` class="${classes}"` : ''}>${escapeHtml(c.text)}</${tag}>`;
}

function blockHtml(b: Block, toc: string): string {
  switch (b.kind) {
    case 'title':
      return `<header class="title-page"><h1>${escapeHtml(b.title)}</h1><p class="subtitle">${escapeHtml(b.subtitle)}</p><dl class="facts">${b.facts
        .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
        .join('')}</dl></header>`;
    case 'toc':
      return `<nav class="toc" aria-labelledby="inhoud"><h2 id="inhoud">${escapeHtml(b.title)}</h2>${toc}</nav>`;
    case 'heading':
      return `<h${b.level} id="${b.id}">${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.muted ? ' class="muted"' : ''}>${escapeHtml(b.text)}</p>`;
    case 'text': {
      const parts: string[] = [`<p class="label">${escapeHtml(b.label)}</p>`];
      let bullets: string[] = [];
      const flush = () => {
        if (bullets.length > 0) parts.push(`<ul>${bullets.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`);
        bullets = [];
      };
      for (const p of b.paragraphs) {
        if (p.bullet) bullets.push(p.text);
        else {
          flush();
          parts.push(`<p>${escapeHtml(p.text)}</p>`);
        }
      }
      flush();
      return parts.join('');
    }
    case 'table': {
      const head = b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
      const body = b.rows.map((row) => `<tr>${row.map((c) => cellHtml(c, 'td')).join('')}</tr>`).join('');
      return `<table><caption>${escapeHtml(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    }
  }
}

export function reportHtml(r: BoardReport): string {
  const blocks = reportBlocks(r);
  const top = blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 1);
  const toc = `<ol>${top.map((h) => `<li><a href="#${h.id}">${escapeHtml(h.text)}</a></li>`).join('')}</ol>`;
  const body = blocks.map((b) => blockHtml(b, toc)).join('\n');
  return `<!doctype html>
<html lang="${r.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${reportTitle(r)} — ${r.programme.title}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
