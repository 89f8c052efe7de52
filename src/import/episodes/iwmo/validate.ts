import { readFileSync } from 'node:fs';
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

/** A BSN may appear in a validator message (it quotes values): never pass it on. */
export function redactNumbers(message: string): string {
  return message.replace(/\d{8,}/g, '[nummer verwijderd]');
}

/** Which iWmo message this is, from the root element's namespace; null when not 305/307 of iWmo 3.2. */
export function detectIwmoType(xml: string): IwmoMessageType | null {
  const m = /xmlns(?::\w+)?="http:\/\/www\.istandaarden\.nl\/iwmo\/3_2\/(wmo30[57])\/schema"/.exec(xml);
  return m?.[1] === 'wmo305' ? 'WMO305' : m?.[1] === 'wmo307' ? 'WMO307' : null;
}

/** Validate against the iWmo 3.2 XSD of the message (with the basisschema). Errors are Dutch-prefixed and redacted. */
export async function validateIwmo(xml: string, type: IwmoMessageType): Promise<{ valid: boolean; errors: { line: number; message: string }[] }> {
  const res = await validateXML({
    xml: [{ fileName: 'bericht.xml', contents: xml }],
    schema: [{ fileName: `${type}.xsd`, contents: xsd(`${type}.xsd`) }],
    preload: [{ fileName: 'basisschema.xsd', contents: xsd('basisschema.xsd') }],
  });
  return {
    valid: res.valid,
    errors: res.errors.map((e) => ({ line: e.loc?.lineNumber ?? 0, message: redactNumbers(e.message) })),
  };
}
