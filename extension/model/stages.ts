/*
 * Kept apart from application.ts (and free of zod) so the content script's toast words
 * can use the labels without bundling the schemas.
 */

/**
 * Built-in pipeline stages with the labels stored for them by default (English; the UI shows
 * them in its language until the user renames one). The user may add their own.
 */
export const DEFAULT_STAGE_LABELS = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
} as const;
export type BuiltInStage = keyof typeof DEFAULT_STAGE_LABELS;
