import { createApp } from './app';

// Vercel's Node runtime serves a default-exported Hono app (a fetch handler).
export default createApp();
