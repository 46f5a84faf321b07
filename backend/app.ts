import { Hono } from 'hono';
import { healthRoutes } from './routes/health';

/** The backend as a plain Hono app: tests call app.request(), Vercel and Node serve it. */
export function createApp() {
  const app = new Hono();
  app.route('/', healthRoutes);
  return app;
}
