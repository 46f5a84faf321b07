import { z } from 'zod';
import { LIMITS } from './limits';

/**
 * CV requests from extension pages to the background (the only writer). Spread into
 * `UiMessage` in messages.ts. Only text is ever sent or stored: the file is parsed in the
 * page and dropped.
 */

const CvId = z.string().min(1).max(64);
const CvText = z
  .string()
  .max(LIMITS.cvTextChars)
  .refine((text) => text.trim().length > 0, 'is empty');

/** Most CV versions kept at once. */
export const MAX_CVS = 20;

export const CV_MESSAGES = [
  /** A new CV version (text extracted from a file, or pasted). The first one becomes the default. */
  z
    .object({
      type: z.literal('cv-add'),
      fileName: z.string().trim().min(1).max(260),
      text: CvText,
      makeDefault: z.boolean().optional(),
    })
    .strict(),
  /** The user's correction of the extracted text. */
  z.object({ type: z.literal('cv-update-text'), id: CvId, text: CvText }).strict(),
  z.object({ type: z.literal('cv-set-default'), id: CvId }).strict(),
  /** Deleting the default makes the newest remaining version the default. */
  z.object({ type: z.literal('cv-delete'), id: CvId }).strict(),
] as const;

export type CvMessageType = 'cv-add' | 'cv-update-text' | 'cv-set-default' | 'cv-delete';
