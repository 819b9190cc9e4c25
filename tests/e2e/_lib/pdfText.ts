/**
 * The text and page count of a PDF that Chromium prints (Skia's PDF writer), without a PDF library:
 * Skia writes each font as Type0 with a ToUnicode map and each page's text as glyph ids in `Tj`/`TJ`
 * strings, inside Flate-compressed streams. Enough for tests to ask what a printout says; not a
 * general PDF reader (no object streams, no other encodings), and it throws when it meets either.
 */
import {inflateSync} from 'node:zlib';

interface PdfObject {
  readonly dict: string;
  readonly stream?: Buffer;
}

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = header.lastIndex;
    const end = text.indexOf('endobj', start);
    const streamAt = text.indexOf('stream', start);
    if (streamAt === -1 || end < streamAt) {
      objects.set(Number(match[1]), {dict: text.slice(start, end)});
      header.lastIndex = end;
      continue;
    }
    // The stream's bytes by its length, not by searching: a font's bytes may spell `endobj`.
    const dict = text.slice(start, streamAt);
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1];
    if (length === undefined) throw new Error(`pdfText: object ${match[1]} has no direct /Length`);
    if (/\/Type\s*\/ObjStm/.test(dict)) throw new Error('pdfText: object streams are not read');
    const dataAt = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
    const raw = pdf.subarray(dataAt, dataAt + Number(length));
    objects.set(Number(match[1]), {
      dict,
      stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw,
    });
    header.lastIndex = dataAt + Number(length);
  }
  return objects;
}

/** A ToUnicode CMap: glyph id (hex) to text. */
function cmapOf(source: string): Map<string, string> {
  const map = new Map<string, string>();
  const unicode = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code = '', text = ''] of (block[1] ?? '').matchAll(/<(\w+)>\s*<(\w+)>/g)) {
      map.set(code.toUpperCase(), unicode(text));
    }
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from = '', to = '', text = ''] of (block[1] ?? '').matchAll(
      /<(\w+)>\s*<(\w+)>\s*<(\w+)>/g,
    )) {
      const first = parseInt(text, 16);
      for (let code = parseInt(from, 16); code <= parseInt(to, 16); code++) {
        const key = code.toString(16).toUpperCase().padStart(from.length, '0');
        map.set(key, String.fromCharCode(first + code - parseInt(from, 16)));
      }
    }
  }
  return map;
}

export interface PdfText {
  readonly pages: number;
  /** The text of every page in order, runs separated by spaces (spacing is not exact). */
  readonly text: string;
}

export function pdfText(pdf: Buffer): PdfText {
  const objects = objectsOf(pdf);
  const dictOf = (ref: string) => objects.get(Number(ref))?.dict ?? '';
  // Each font resource name (`/F4`) to its ToUnicode map, read from every page's resources.
  const fonts = new Map<string, Map<string, string>>();
  for (const {dict} of objects.values()) {
    for (const [, name = '', ref = ''] of dict.matchAll(/\/(F\d+)\s+(\d+)\s+0\s+R/g)) {
      const toUnicode = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(dictOf(ref))?.[1];
      const cmap = toUnicode && objects.get(Number(toUnicode))?.stream;
      if (cmap) fonts.set(name, cmapOf(cmap.toString('latin1')));
    }
  }
  const pages = [...objects.values()].filter(({dict}) => /\/Type\s*\/Page\b(?!s)/.test(dict));
  const text = pages.map(({dict}) => {
    const contents = /\/Contents\s+(\d+)\s+0\s+R/.exec(dict)?.[1];
    const stream = contents
      ? (objects.get(Number(contents))?.stream?.toString('latin1') ?? '')
      : '';
    let cmap = new Map<string, string>();
    const out: string[] = [];
    for (const [, font, shown] of stream.matchAll(
      /\/(F\d+)\s+[\d.]+\s+Tf|(\[[^\]]*\]|<\w*>)\s*T[jJ]/g,
    )) {
      if (font !== undefined) {
        cmap = fonts.get(font) ?? new Map();
        continue;
      }
      const glyphs = [...(shown ?? '').matchAll(/<(\w*)>/g)].flatMap(([, hex = '']) =>
        (hex.toUpperCase().match(/.{4}/g) ?? []).map((code) => cmap.get(code) ?? '\ufffd'),
      );
      out.push(glyphs.join(''));
    }
    return out.join(' ');
  });
  return {pages: pages.length, text: text.join('\n')};
}
