import { readFileSync } from 'node:fs';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { validateXML } from 'xmllint-wasm';

export type IwmoMessageType = 'WMO305' | 'WMO307';

const xsdDir = new URL('./xsd/', import.meta.url);
const schemas = new Map<string, string>();
function xsd(name: string): string {
  let s = schemas.get(name);
  if (s === undefined) {
    s = readFileSync(new URL(name, xsdDir), 'utf8');
    schemas.set(name, s);
  }
  return s;
}

/**
 * A schema error of the validator quotes values of the message ("The value '1112.22.400' is not
 * accepted …", "Duplicate key-sequence ['111222333']"): a Bsn element's value in any form must
 * never be passed on. So every value is taken out, in three layers:
 * 1. every text and attribute value of the message itself (as the parser decoded it) that occurs in
 *    the validator's text becomes [waarde verwijderd];
 * 2. every quoted string that is not a schema name (an element, attribute, facet, type, pattern or
 *    constraint name, which the validator quotes after those words) becomes '[waarde verwijderd]';
 * 3. any run of 8 or more digits (any script, with or without separators) becomes [nummer verwijderd].
 */
export function redactSchemaMessage(message: string, values: readonly string[] = []): string {
  // Element names ({namespace}Name) are the schema's; values are replaced everywhere else.
  const m1 = message
    .split(/(\{[^}]*\}[\w.-]*)/)
    .map((part, i) => (i % 2 === 1 ? part : values.reduce((acc, v) => (v.length >= 3 ? acc.split(v).join(VALUE) : acc), part)))
    .join('');
  const m2 = m1.replace(/'[^'\n]*'/g, (q, offset: number) =>
    KEEP_BEFORE.test(m1.slice(Math.max(0, offset - 40), offset)) && !q.includes(VALUE) ? q : `'${VALUE}'`,
  );
  return redactNumbers(m2);
}
const VALUE = '[waarde verwijderd]';
/** Words after which the validator quotes a name of the schema, not a value of the message. */
const KEEP_BEFORE = /(?:Element|attribute|facet|type|pattern|identity-constraint|keyref|key|unique|content type is|length of) $/;

/** Runs of 8 or more digits, also with separators between them and in other scripts (a BSN in any form). */
export function redactNumbers(message: string): string {
  return message.replace(/\p{Nd}(?:[\s.\u00b7\p{Pd}\p{Cf}]*\p{Nd}){7,}/gu, '[nummer verwijderd]');
}

/** Every text and attribute value of an XML document, longest first (empty when it is not well-formed). */
export function xmlValues(xml: string): string[] {
  const out = new Set<string>();
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
    const walk = (n: Node | null) => {
      for (let c = n?.firstChild ?? null; c; c = c.nextSibling) {
        if (c.nodeType === 3 || c.nodeType === 4) {
          const t = c.nodeValue ?? '';
          if (t.trim()) out.add(t).add(t.trim());
        } else if (c.nodeType === 1) {
          const el = c as Element;
          for (let i = 0; i < el.attributes.length; i += 1) {
            const a = el.attributes.item(i);
            // Namespace declarations are the schema's own names (the validator prints them in every element name).
            if (a && !a.name.startsWith('xmlns') && a.value.trim()) out.add(a.value);
          }
          walk(c);
        }
      }
    };
    walk(doc);
  } catch {
    // Not well-formed: the validator reports parser errors, which quote no values of elements.
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Which iWmo message this is, from the root element's namespace; null when not 305/307 of iWmo 3.2. */
export function detectIwmoType(xml: string): IwmoMessageType | null {
  const m = /xmlns(?::\w+)?="http:\/\/www\.istandaarden\.nl\/iwmo\/3_2\/(wmo30[57])\/schema"/.exec(xml);
  return m?.[1] === 'wmo305' ? 'WMO305' : m?.[1] === 'wmo307' ? 'WMO307' : null;
}

/** Validate against the iWmo 3.2 XSD of the message (with the basisschema). Errors are Dutch-prefixed and redacted. */
export async function validateIwmo(
  xml: string,
  type: IwmoMessageType,
): Promise<{ valid: boolean; errors: { line: number; message: string }[] }> {
  const res = await validateXML({
    xml: [{ fileName: 'bericht.xml', contents: xml }],
    schema: [{ fileName: `${type}.xsd`, contents: xsd(`${type}.xsd`) }],
    preload: [{ fileName: 'basisschema.xsd', contents: xsd('basisschema.xsd') }],
  });
  const values = res.valid ? [] : xmlValues(xml);
  return {
    valid: res.valid,
    errors: res.errors.map((e) => ({ line: e.loc?.lineNumber ?? 0, message: redactSchemaMessage(e.message, values) })),
  };
}
