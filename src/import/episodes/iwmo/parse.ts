import { DOMParser, type Element } from '@xmldom/xmldom';
import type { IwmoMessageType } from './validate';

const NS_BASIS = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';
const nsOf = (type: IwmoMessageType) => `http://www.istandaarden.nl/iwmo/3_2/${type.toLowerCase()}/schema`;

export interface IwmoHeader {
  berichtCode: string;
  afzender: string;
  ontvanger: string;
  identificatie: string;
}

export interface IwmoProductLine {
  /** 1-based position within the message. */
  index: number;
  bsn: string;
  toewijzingNummer: string;
  categorie: string;
  begindatum: string;
  einddatum: string | null;
  reden: string | null;
  status: string;
}

export interface IwmoMessage {
  type: IwmoMessageType;
  header: IwmoHeader;
  lines: IwmoProductLine[];
}

function child(el: Element, ns: string, name: string): Element | null {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    const e = n as Element;
    if (n.nodeType === 1 && e.namespaceURI === ns && e.localName === name) return e;
  }
  return null;
}
function children(el: Element, ns: string, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    const e = n as Element;
    if (n.nodeType === 1 && e.namespaceURI === ns && e.localName === name) out.push(e);
  }
  return out;
}
const text = (el: Element | null) => (el?.textContent ?? '').trim();

/**
 * Read a schema-valid WMO305/WMO307 message by namespace (prefixes are free to choose).
 * The BSN is returned only for the caller to pseudonymise at once.
 */
export function parseIwmo(xml: string, type: IwmoMessageType): IwmoMessage {
  const ns = nsOf(type);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== ns || root.localName !== 'Bericht') throw new Error(`geen ${type}-bericht`);
  const header = child(root, ns, 'Header');
  if (!header) throw new Error('Header ontbreekt');
  const ident = child(header, ns, 'BerichtIdentificatie');
  const h: IwmoHeader = {
    berichtCode: text(child(header, ns, 'BerichtCode')),
    afzender: text(child(header, ns, 'Afzender')),
    ontvanger: text(child(header, ns, 'Ontvanger')),
    identificatie: ident ? text(child(ident, NS_BASIS, 'Identificatie')) : '',
  };
  const lines: IwmoProductLine[] = [];
  const listName = type === 'WMO305' ? 'StartProducten' : 'StopProducten';
  const itemName = type === 'WMO305' ? 'StartProduct' : 'StopProduct';
  let index = 0;
  for (const client of children(root, ns, 'Client')) {
    const bsn = text(child(client, ns, 'Bsn'));
    const list = child(client, ns, listName);
    if (!list) continue;
    for (const p of children(list, ns, itemName)) {
      index += 1;
      const product = child(p, ns, 'Product');
      lines.push({
        index,
        bsn,
        toewijzingNummer: text(child(p, ns, 'ToewijzingNummer')),
        categorie: product ? text(child(product, NS_BASIS, 'Categorie')) : '',
        begindatum: text(child(p, ns, 'Begindatum')),
        einddatum: type === 'WMO307' ? text(child(p, ns, 'Einddatum')) || null : null,
        reden: type === 'WMO307' ? text(child(p, ns, 'RedenBeeindiging')) || null : null,
        status: text(child(p, ns, 'StatusAanlevering')),
      });
    }
  }
  return { type, header: h, lines };
}
