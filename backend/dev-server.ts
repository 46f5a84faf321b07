import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';

const port = Number(process.env.PORT ?? 8787);
const server = serve({ fetch: createApp().fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`JobTrack backend listening on http://127.0.0.1:${info.port}`);
  const built = resolve(process.env.JOBTRACK_OUT_DIR ?? '.output', 'chrome-mv3');
  if (existsSync(built)) {
    console.log(
      `Load the unpacked extension from ${built} (chrome://extensions → Developer mode → Load unpacked).`,
    );
  }
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
