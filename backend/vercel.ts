import { createApp } from './app.js';

/**
 * The Vercel Function. vercel.json builds this file with @vercel/node and routes every
 * path to it. @vercel/node hands Web `Request`s to exported HTTP-method functions and
 * streams the `Response` they return, which is what Hono's `fetch` takes and gives.
 * (A default export would be unwrapped first and hide these.)
 */
const app = createApp();
const handle = (request: Request): Response | Promise<Response> => app.fetch(request);

export const GET = handle;
export const POST = handle;
export const DELETE = handle;
export const OPTIONS = handle;
export const HEAD = handle;

/**
 * Read by @vercel/node at build time (@vercel/static-config). vercel.json cannot carry
 * `functions` next to `builds` (Vercel rejects the pair), so the maximum duration — long
 * enough for a whole letter to stream — lives here.
 */
export const config = { maxDuration: 60 };
