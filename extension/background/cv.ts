import type { CV_PROTOCOL } from '../protocol/cv';
import { ok } from '../protocol/result';
import { addCv, deleteCv, setDefaultCv, updateCvText } from '../store/cvs';
import type { HandlerMap } from './handlers';

/** CV versions (tracker page → background); the writes live in store/cvs.ts. */
export const cvHandlers: HandlerMap<typeof CV_PROTOCOL> = {
  'cv-add': (request, ctx) => ctx.queue.run(async () => ok(await addCv(ctx.area, request, ctx))),
  'cv-update-text': (request, ctx) =>
    ctx.queue.run(async () => ok(await updateCvText(ctx.area, request.id, request.text))),
  'cv-set-default': (request, ctx) => ctx.queue.run(async () => ok(await setDefaultCv(ctx.area, request.id))),
  'cv-delete': (request, ctx) => ctx.queue.run(async () => ok(await deleteCv(ctx.area, request.id))),
};
