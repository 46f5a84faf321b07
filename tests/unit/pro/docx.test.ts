import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../../extension/cv/docx';
import { letterDocx } from '../../../extension/pro/docx';

describe('letterDocx', () => {
  it('writes a .docx that a DOCX reader opens, with every line and escaped characters', async () => {
    const text =
      'Estimado equipo de selección:\n\nMe encantaría <aportar> "R&D" — gracias.\nUn saludo,\nLucía';
    const bytes = letterDocx(text);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const read = await extractDocxText(bytes);
    expect(read.replace(/\n+/g, '\n')).toBe(text.replace(/\n+/g, '\n'));
  });
});
