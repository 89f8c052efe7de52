/**
 * Plain text as people type it (descriptions, results, points of attention, sections): blank lines
 * separate paragraphs, lines starting with "- ", "• " or "* " are bullets, lines starting with
 * "1. " or "1) " are a numbered list. The result is plain data: whoever renders it escapes the
 * text (React does), so no markup from the text can get through.
 */
export type TextBlock =
  { kind: 'paragraph'; lines: string[] } | { kind: 'bullets'; items: string[] } | { kind: 'numbered'; items: string[]; start: number };

const BULLET = /^\s*[-•*]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;

export function parsePlainText(text: string | null | undefined): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  const close = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const raw of (text ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      close();
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    const cur = current as TextBlock | null;
    if (bullet) {
      if (cur?.kind !== 'bullets') {
        close();
        current = { kind: 'bullets', items: [] };
      }
      (current as unknown as { items: string[] }).items.push(bullet[1] ?? '');
    } else if (numbered) {
      if (cur?.kind !== 'numbered') {
        close();
        current = { kind: 'numbered', items: [], start: Number(numbered[1]) };
      }
      (current as unknown as { items: string[] }).items.push(numbered[2] ?? '');
    } else if (cur && cur.kind !== 'paragraph' && /^\s/.test(raw)) {
      // An indented line continues the last list item.
      cur.items[cur.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (cur?.kind !== 'paragraph') {
        close();
        current = { kind: 'paragraph', lines: [] };
      }
      (current as unknown as { lines: string[] }).lines.push(line.trim());
    }
  }
  close();
  return blocks;
}

/** Whether the text has anything to show (so empty fields get one "not filled in", not an empty row). */
export function hasText(text: string | null | undefined): boolean {
  return (text ?? '').trim() !== '';
}
