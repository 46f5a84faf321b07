import type { Application } from '../model/application';
import type { Stage } from '../store/schema';
import { StatusChip } from './status-chip';

/** Links from scraped data open only if they are http(s). */
export function safeHref(url: string): string | undefined {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** One application in a list: scraped text is always rendered as text. */
export function ApplicationRow({ app, stages }: { app: Application; stages: readonly Stage[] }) {
  const href = safeHref(app.url);
  return (
    <li class="app-row" data-id={app.id}>
      <div class="app-row__main">
        {href ? (
          <a class="app-row__title" href={href} target="_blank" rel="noreferrer noopener">
            {app.title}
          </a>
        ) : (
          <span class="app-row__title">{app.title}</span>
        )}
        <span class="app-row__company">{app.company ?? ''}</span>
      </div>
      <StatusChip status={app.status} stages={stages} />
    </li>
  );
}
