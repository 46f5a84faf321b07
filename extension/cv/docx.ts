import { cleanCvText } from './clean-text';
import { CvParseError } from './errors';
import { readZipEntry, ZipError } from './zip';

/**
 * DOCX → CV text: word/document.xml's paragraphs, with tabs and line breaks, read with a
 * small tokenizer (no DOMParser: the same code runs in Node for the CLI). Tables come
 * out a row per line, cells separated by tabs.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name] ?? whole;
  });
}

/** The text of a WordprocessingML body. */
export function documentXmlToText(xml: string): string {
  const out: string[] = [];
  const TAG = /<(\/?)(w:[A-Za-z]+)\b[^>]*?(\/?)>|([^<]+)/g;
  let inText = false;
  let cellDepth = 0;
  for (const match of xml.matchAll(TAG)) {
    const [, closing, tag, selfClosing, text] = match;
    if (text !== undefined) {
      if (inText) out.push(decodeXml(text));
      continue;
    }
    if (tag === 'w:t') inText = !closing && !selfClosing;
    else if (tag === 'w:tab' && !closing) out.push('\t');
    else if ((tag === 'w:br' || tag === 'w:cr') && !closing) out.push('\n');
    // Paragraphs inside a table cell stay on the row's line.
    else if (tag === 'w:p' && closing) out.push(cellDepth > 0 ? ' ' : '\n');
    else if (tag === 'w:tc' && !selfClosing) {
      cellDepth += closing ? -1 : 1;
      if (closing) out.push('\t');
    } else if (tag === 'w:tr' && closing) out.push('\n');
    else if (tag === 'w:noBreakHyphen') out.push('-');
  }
  return out.join('');
}

export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  let xml: Uint8Array | undefined;
  try {
    xml = await readZipEntry(bytes, 'word/document.xml');
  } catch (error) {
    if (error instanceof ZipError) throw new CvParseError('corrupt', error.message);
    throw error;
  }
  if (!xml) throw new CvParseError('corrupt', 'no word/document.xml');
  const text = cleanCvText(documentXmlToText(new TextDecoder().decode(xml)));
  if (!text.trim()) throw new CvParseError('empty');
  return text;
}
