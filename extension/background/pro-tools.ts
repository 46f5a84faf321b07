import { TOOL_LIMITS, TOOL_PATHS, TOOL_REQUESTS, type Tool, type ToolRequest } from '../../shared/pro-tools';
import type { ProDocument } from '../model/application';
import { ProError } from '../pro/client';
import { buildToolRequest, reRedact } from '../pro/letter-request';
import { fillPlaceholders } from '../pro/redact';
import type { PRO_PROTOCOL } from '../protocol/pro';
import { fail, ok } from '../protocol/result';
import { progressKey } from '../store/keys';
import { addVersion, deleteVersion, editVersion, writePrepNote } from '../store/pro-records';
import type { HandlerMap } from './handlers';
import { cancelText, ownerNameFor, previewSource, proFail, startText, versionId } from './pro';

/**
 * Interview prep and the supporting statement in the background: the cover letter's steps
 * (preview → start → stream into session storage → save a version) through the same
 * functions, with each tool's request, path and saved list.
 */

export type ToolMessageType =
  | 'pro-tool-preview'
  | 'pro-tool-start'
  | 'pro-tool-cancel'
  | 'pro-tool-save'
  | 'pro-tool-delete'
  | 'pro-prep-note';

const gone = () => fail({ code: 'application-missing' });

export const proToolHandlers: Pick<HandlerMap<typeof PRO_PROTOCOL>, ToolMessageType> = {
  'pro-tool-preview': async (message, ctx) => {
    const found = await previewSource(ctx, message.id);
    if (found.failure) return found.failure;
    if (message.tool === 'statement' && !message.options.criteria?.length) {
      return fail({ code: 'pro-no-criteria' });
    }
    const draft = buildToolRequest(message.tool, found.source, message.options);
    return ok({ body: draft.body, placeholders: Object.fromEntries(draft.placeholders), ...found.owner });
  },

  'pro-tool-start': async (message, ctx) => {
    const tool: Tool = message.tool;
    const parsed = TOOL_REQUESTS[tool].safeParse(message.body);
    if (!parsed.success) return proFail({ reason: 'too-long' });
    const request = parsed.data as ToolRequest[typeof tool];
    // What the user edited in the preview is redacted once more before it leaves.
    const draft = reRedact(
      { body: request, placeholders: new Map(Object.entries(message.placeholders)) },
      { cvText: request.cvText, jobText: request.jobText },
      await ownerNameFor(ctx, message.placeholders),
    );
    const { body } = draft;
    const fill = (text: string) => fillPlaceholders(text, draft.placeholders);
    try {
      startText(ctx, {
        key: progressKey(tool, message.id),
        path: TOOL_PATHS[tool],
        body,
        placeholders: Object.fromEntries(draft.placeholders),
        save: async (text) => {
          const doc: ProDocument = {
            id: versionId(ctx, tool),
            createdAt: ctx.now().toISOString(),
            language: body.language,
            text: text.slice(0, TOOL_LIMITS.savedChars),
            ...('criteria' in body
              ? {
                  wordLimit: body.wordLimit,
                  // Kept as the user wrote them: the placeholders go back in, on this device.
                  criteria: body.criteria.map((c) => ({
                    text: fill(c.text).slice(0, TOOL_LIMITS.criterionChars),
                    kind: c.kind,
                    evidence: fill(c.evidence).slice(0, TOOL_LIMITS.evidenceChars),
                  })),
                }
              : {}),
          };
          const saved = await ctx.queue.run(() => addVersion(ctx.area, tool, message.id, doc, ctx.now()));
          return saved ? doc.id : undefined;
        },
      });
    } catch (error) {
      if (error instanceof ProError) return proFail(error.failure);
      throw error;
    }
    return ok({ started: true as const });
  },

  'pro-tool-cancel': async (message) => ok({ cancelled: cancelText(progressKey(message.tool, message.id)) }),

  'pro-tool-save': async (message, ctx) =>
    (await ctx.queue.run(() =>
      editVersion(ctx.area, message.tool, message.id, message.docId, message.text, ctx.now()),
    ))
      ? ok({ docId: message.docId })
      : gone(),

  'pro-tool-delete': async (message, ctx) =>
    (await ctx.queue.run(() => deleteVersion(ctx.area, message.tool, message.id, message.docId, ctx.now())))
      ? ok({ docId: message.docId })
      : gone(),

  'pro-prep-note': async (message, ctx) =>
    (await ctx.queue.run(() =>
      writePrepNote(ctx.area, message.id, message.question, message.note, ctx.now()),
    ))
      ? ok({ question: message.question })
      : gone(),
};
