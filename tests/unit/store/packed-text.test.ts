import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { featureWords, jobFeatures } from '../../../extension/match/features';
import { upsertCapture } from '../../../extension/store/applications';
import {
  fromBase91,
  PackedTextError,
  packText,
  toBase91,
  unpackDeflated,
  unpackText,
} from '../../../extension/store/packed-text';
import { applicationItems, joinStored } from '../../../extension/store/records';
import { loadLongAds } from '../../support/long-ads';
import { loadEvaluationSet } from '../../support/match-eval';
import { MemoryArea } from '../../support/memory-area';

/**
 * A description is stored coded against its features' word list (store/packed-text.ts):
 * it must come back exactly, whatever the text and the list, be refused against another
 * list, and be smaller than deflate alone (what schema 3 stored).
 */
const longAds = loadLongAds();
const wordsOf = (title: string, description: string) => featureWords(jobFeatures({ title, description }));

/** A seeded generator, so a failure names a case that can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('base 91', () => {
  it('round-trips bytes of every length, in characters JSON never escapes', () => {
    const next = random(7);
    for (let length = 0; length < 300; length++) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(next() * 256));
      const text = toBase91(bytes);
      expect(text).toMatch(/^[!#-[\]-}]*$/);
      expect(JSON.stringify(text)).toBe(`"${text}"`);
      expect([...fromBase91(text)], `length ${length}`).toEqual([...bytes]);
    }
  });

  it('is about 8% shorter than base 64', () => {
    const bytes = Uint8Array.from({ length: 3000 }, random(3)).map((x) => Math.floor(x * 256));
    const b64 = Buffer.from(bytes).toString('base64').length;
    expect(toBase91(bytes).length).toBeLessThan(b64 * 0.94);
  });

  it('refuses characters outside its alphabet', () => {
    expect(() => fromBase91('ab"c')).toThrow(PackedTextError);
    expect(() => fromBase91('abé')).toThrow(PackedTextError);
  });
});

describe('a description coded against its word list', () => {
  it('comes back exactly for every long ad, with its own features’ words', async () => {
    for (const ad of longAds) {
      const words = wordsOf(ad.title, ad.description as string);
      const packed = await packText(ad.description as string, words);
      expect(packed, ad.id).toBeDefined();
      expect(await unpackText(packed as string, words), ad.id).toBe(ad.description);
    }
  });

  it('comes back exactly for odd text: control bytes, case, accents, emoji, scripts, no words', async () => {
    const words = ['python', 'IT', 'data', 'año', 'straße', 'k8s', 'c', 'python'];
    const texts = [
      '',
      '   ',
      '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0000\b python \u0007Python\u0001PYTHON pyThon',
      'IT it It iT — data DATA Data dAta',
      'Año AÑO año ano straße STRASSE Straße',
      'k8s K8S K8s 🚀 python🚀data naïve café',
      'Ｐｙｔｈｏｎ ПИТОН питон 数据 python',
      'c C c++ C# .NET c',
      `${'python data '.repeat(400)}end`,
    ];
    for (const text of texts) {
      const packed = await packText(text, words);
      const stored = packed ?? text;
      expect(packed === undefined || packed.length < text.length).toBe(true);
      if (packed !== undefined) expect(await unpackText(packed, words), JSON.stringify(text)).toBe(text);
      expect(stored.length).toBeLessThanOrEqual(text.length);
    }
  });

  it('comes back exactly with lists past one-byte and two-byte indexes', async () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`);
    const next = random(11);
    const picks = Array.from({ length: 3000 }, () => words[Math.floor(next() * words.length)] as string);
    const text = `${picks.join(' ')}. ${words.slice(0, 300).join(', ')}`;
    const packed = await packText(text, words);
    expect(await unpackText(packed as string, words)).toBe(text);
  });

  it('comes back exactly for random text over a small alphabet (fuzz)', async () => {
    const next = random(5);
    const alphabet = ['a', 'b', 'A', 'B', ' ', '\u0001', '\u0007', 'é', '-', '\n', '1'];
    const words = ['a', 'ab', 'ba', 'b1', 'A'];
    for (let round = 0; round < 200; round++) {
      const text = Array.from(
        { length: 400 + Math.floor(next() * 200) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
      const packed = await packText(text, words);
      if (packed !== undefined) expect(await unpackText(packed, words), `round ${round}`).toBe(text);
    }
  });

  it('is refused against another word list, or when damaged', async () => {
    const ad = longAds[0] as (typeof longAds)[number];
    const words = wordsOf(ad.title, ad.description as string);
    const packed = (await packText(ad.description as string, words)) as string;
    await expect(unpackText(packed, [])).rejects.toThrow(PackedTextError);
    await expect(unpackText(packed, [...words.slice(1), 'extra'])).rejects.toThrow(PackedTextError);
    await expect(unpackText(packed, words.slice(0, -1))).rejects.toThrow(PackedTextError);
    const cut = packed.slice(0, packed.length - 40);
    await expect(unpackText(cut, words)).rejects.toThrow(PackedTextError);
    await expect(unpackText(`${packed.slice(0, -5)}"\\"\\x`, words)).rejects.toThrow(PackedTextError);
  });

  it('is smaller than deflate + base 64 alone (schema 3) on every long ad, by a third overall', async () => {
    let coded = 0;
    let deflated = 0;
    for (const ad of longAds) {
      const text = ad.description as string;
      const packed = (await packText(text, wordsOf(ad.title, text))) as string;
      const schema3 = deflateRawSync(Buffer.from(text)).toString('base64').length;
      expect(packed.length, ad.id).toBeLessThan(schema3);
      coded += packed.length;
      deflated += schema3;
    }
    expect(coded / deflated).toBeLessThan(0.67);
  });

  it('still reads schema 3’s deflated descriptions', async () => {
    const text = loadEvaluationSet().jobs.values().next().value?.description as string;
    expect(await unpackDeflated(deflateRawSync(Buffer.from(text)).toString('base64'))).toBe(text);
  });
});

describe('a stored record whose coded description cannot be read', () => {
  const app = longAds[1] as (typeof longAds)[number];

  it('reads whole with its features, and as unreadable without them (never without its text)', async () => {
    const items = await applicationItems([app]);
    expect((await joinStored(items, app.id))?.description).toBe(app.description);
    const { [`feat:${app.id}`]: _lost, ...withoutFeatures } = items;
    expect(await joinStored(withoutFeatures, app.id)).toBeUndefined();
    const otherWords = {
      ...items,
      [`feat:${app.id}`]: jobFeatures({ title: 'Nurse', description: 'Wards' }),
    };
    expect(await joinStored(otherWords, app.id)).toBeUndefined();
  });

  it('is kept aside whole (summary, detail, features) by a capture over it', async () => {
    const items = await applicationItems([app]);
    const lost = '2|other|words||||||||||||';
    const area = new MemoryArea({ ...items, [`feat:${app.id}`]: lost });
    const now = new Date('2026-11-20T09:00:00Z');
    await upsertCapture(
      area,
      { board: app.board, url: app.url, title: app.title, boardJobId: app.boardJobId, source: 'board' },
      'apply',
      { now: () => now, newId: () => 'n' },
    );
    const snapshot = area.snapshot();
    const aside = (key: string) => snapshot[`quarantine:${key}:${now.toISOString()}`];
    expect(aside(`app:${app.id}`)).toEqual(items[`app:${app.id}`]);
    expect(aside(`detail:${app.id}`)).toEqual(items[`detail:${app.id}`]);
    expect(aside(`feat:${app.id}`)).toBe(lost);
    // The new record in its place reads whole.
    expect((await joinStored(snapshot, app.id))?.title).toBe(app.title);
  });
});
