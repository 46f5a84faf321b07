import { readFileSync } from 'node:fs';
import type { Application } from '../../extension/model/application';
import { glassdoorJobUrl, indeedJobUrl, linkedinJobUrl } from '../../extension/sites/job-urls';
import { applicationId } from '../../extension/store/application-id';
import { makeApp } from './make-app';

/**
 * tests/fixtures/storage/long-ads.json — 40 invented job ads at the length real listings
 * have on the five boards (1,200–6,000 characters, median about 3,000; two thirds English,
 * one third Spanish), written as a capture stores them: plain text, paragraph breaks, "- "
 * bullets, the sections real ads carry (company, role, requirements, benefits / "Ofrecemos",
 * equal-opportunity lines, how to apply). Every ad is different text, so deflate gets no
 * more help than on a real listing. Made for measuring storage size, not for match quality.
 */
export interface LongAd {
  /** The board's own job id (LinkedIn/Glassdoor number, Indeed jk, InfoJobs of-i, Tecnoempleo rf-). */
  id: string;
  board: 'linkedin' | 'indeed' | 'glassdoor' | 'infojobs' | 'tecnoempleo';
  title: string;
  company: string;
  location: string;
  description: string;
}

const FIXTURE = new URL('../fixtures/storage/long-ads.json', import.meta.url);

export function readLongAds(): LongAd[] {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as LongAd[];
}

/** URL path words: lowercase ASCII, accents dropped, as the Spanish boards write their slugs. */
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A US location ends with a state code ("Denver, CO"); Spanish ads are on es.indeed.com. */
const isUs = (ad: LongAd) => /, [A-Z]{2}\b/.test(ad.location);
const isSpanish = (ad: LongAd) => /\b(Requisitos|Ofrecemos)\b/.test(ad.description);

/** The listing URL in the form the board's adapter stores it (extension/sites/job-urls.ts). */
function longAdUrl(ad: LongAd): string {
  switch (ad.board) {
    case 'linkedin':
      return linkedinJobUrl(ad.id);
    case 'indeed': {
      const host = isSpanish(ad) ? 'es.indeed.com' : isUs(ad) ? 'www.indeed.com' : 'uk.indeed.com';
      return indeedJobUrl(new URL(`https://${host}/`), ad.id);
    }
    case 'glassdoor':
      return glassdoorJobUrl(
        new URL(`https://${isUs(ad) ? 'www.glassdoor.com' : 'www.glassdoor.co.uk'}/`),
        ad.id,
      );
    case 'infojobs':
      return `https://www.infojobs.net/${slug(ad.location)}/${slug(ad.title)}/of-i${ad.id}`;
    case 'tecnoempleo': {
      const tech = /\(([^)]+)\)/.exec(ad.title)?.[1] ?? ad.title;
      return `https://www.tecnoempleo.com/${slug(ad.title.replace(/\(.*\)/, ''))}/${slug(tech)}/rf-${ad.id}`;
    }
  }
}

/** The fixture's ads as the application records a capture on each board would store. */
export function loadLongAds(): Application[] {
  return readLongAds().map((ad) => {
    const url = longAdUrl(ad);
    return makeApp(applicationId({ board: ad.board, boardJobId: ad.id, url }), {
      board: ad.board,
      boardJobId: ad.id,
      url,
      title: ad.title,
      company: ad.company,
      location: ad.location,
      description: ad.description,
      captureSource: 'board',
      fieldSources: { title: 'board', company: 'board', location: 'board', description: 'board' },
    });
  });
}
