import { describe, expect, it } from 'vitest';
import { median } from '../../../extension/insights/compute';
import { jobRefFromUrl } from '../../../extension/sites/job-urls';
import { StoredApplication } from '../../../extension/store/schema';
import { loadLongAds, readLongAds } from '../../support/long-ads';

/**
 * The long-ads storage fixture is what its loader says it is: 40 ads at real listing
 * lengths, each its own text (no shared paragraphs for deflate to exploit), loading as
 * valid application records with ids and URLs the boards' adapters would produce.
 */
const ads = readLongAds();

describe('long-ads fixture', () => {
  it('holds 40 ads from all five boards with distinct ids', () => {
    expect(ads).toHaveLength(40);
    expect(new Set(ads.map((ad) => ad.board))).toEqual(
      new Set(['linkedin', 'indeed', 'glassdoor', 'infojobs', 'tecnoempleo']),
    );
    expect(new Set(ads.map((ad) => `${ad.board}:${ad.id}`)).size).toBe(ads.length);
    for (const ad of ads) {
      for (const field of [ad.title, ad.company, ad.location]) expect(field.trim()).not.toBe('');
    }
  });

  it('has descriptions at real listing lengths (1,200–6,000 chars, median 2,500–3,500)', () => {
    const lengths = ads.map((ad) => ad.description.length);
    for (const length of lengths) {
      expect(length).toBeGreaterThanOrEqual(1_200);
      expect(length).toBeLessThanOrEqual(6_000);
    }
    expect(median(lengths)).toBeGreaterThanOrEqual(2_500);
    expect(median(lengths)).toBeLessThanOrEqual(3_500);
  });

  it('reads as captured text: paragraphs and "- " bullets', () => {
    for (const ad of ads) {
      expect(ad.description.split(/\n\s*\n/).length, ad.id).toBeGreaterThanOrEqual(5);
      expect(ad.description, ad.id).toMatch(/^- \S/m);
    }
  });

  it('repeats no paragraph longer than 200 chars, within an ad or across ads', () => {
    const seen = new Map<string, string>();
    for (const ad of ads) {
      for (const paragraph of ad.description.split(/\n\s*\n/)) {
        const text = paragraph.trim();
        if (text.length <= 200) continue;
        expect(seen.get(text), `${ad.id} repeats a paragraph of ${seen.get(text)}`).toBeUndefined();
        seen.set(text, ad.id);
      }
    }
    expect(seen.size).toBeGreaterThan(ads.length);
  });

  it('loads as valid application records whose ids and URLs the boards would produce', () => {
    const apps = loadLongAds();
    expect(apps).toHaveLength(ads.length);
    expect(new Set(apps.map((app) => app.id)).size).toBe(apps.length);
    apps.forEach((app, i) => {
      const ad = ads[i];
      expect(StoredApplication.safeParse(app).success, app.id).toBe(true);
      expect(app.description).toBe(ad?.description);
      expect(app.board).not.toBe('other');
      if (app.board === 'other') return;
      expect(jobRefFromUrl(app.board, new URL(app.url))).toEqual({
        board: app.board,
        boardJobId: ad?.id,
        url: app.url,
      });
      expect(app.id).toBe(`${app.board}-${ad?.id}`);
    });
  });
});
