import { z } from 'zod';
import { LIMITS } from '../../shared/limits';
import { CvRecord } from '../store/schema';
import { message } from './message';

/**
 * CV requests from extension pages to the background (the only writer). Only text is ever
 * sent or stored: the file is parsed in the page and dropped.
 */

const CvId = CvRecord.shape.id;
const CvText = z
  .string()
  .max(LIMITS.cvTextChars)
  .refine((text) => text.trim().length > 0, 'is empty');
const Done = z.object({ id: CvId });

export const CV_PROTOCOL = {
  /** A new CV version (text extracted from a file, or pasted). The first one becomes the default. */
  'cv-add': message(
    'ui',
    z
      .object({
        fileName: z.string().trim().min(1).max(260),
        text: CvText,
        makeDefault: z.boolean().optional(),
      })
      .strict(),
    z.object({ id: CvId, isDefault: z.boolean() }),
  ),
  /** The user's correction of the extracted text. */
  'cv-update-text': message('ui', z.object({ id: CvId, text: CvText }).strict(), Done),
  'cv-set-default': message('ui', z.object({ id: CvId }).strict(), Done),
  /** Deleting the default makes the newest remaining version the default. */
  'cv-delete': message(
    'ui',
    z.object({ id: CvId }).strict(),
    z.object({ id: CvId, defaultId: CvId.nullable() }),
  ),
} as const;
