import { isEmptyLink, type ListLink, listLinkQuery, NO_LINK, readListLink } from '../insights/filters';

/**
 * The tracker page's address: `?view=insights|cv|data|pro|privacy`, `?id=<applicationId>`
 * (capture toast, reminders), `?layout=board`, and the filters the list and Insights
 * share (`from`, `to`, `board`, `status`, `method`, `cut`): kept in the URL so a reload,
 * Back and Forward, and a link opened in a new tab all show the same filtered set.
 */
export type View = 'applications' | 'insights' | 'cv' | 'data' | 'pro' | 'privacy';
export type Layout = 'table' | 'board';
export const VIEWS: readonly View[] = ['applications', 'insights', 'cv', 'data', 'pro', 'privacy'];

export interface Route {
  view: View;
  id: string | undefined;
  layout: Layout;
  filter: ListLink;
}

export function readRoute(): Route {
  const params = new URLSearchParams(location.search);
  const view = params.get('view') as View | null;
  return {
    view: view && VIEWS.includes(view) ? view : 'applications',
    id: params.get('id') ?? undefined,
    layout: params.get('layout') === 'board' ? 'board' : 'table',
    filter: readListLink(location.search) ?? NO_LINK,
  };
}

/** The query (with its "?", or "?" alone) that opens `route`; links use it as their href. */
export function routeHref(route: Route): string {
  const params = new URLSearchParams();
  if (route.view !== 'applications') params.set('view', route.view);
  if (route.id) params.set('id', route.id);
  if (route.layout !== 'table') params.set('layout', route.layout);
  const filter = isEmptyLink(route.filter) ? '' : listLinkQuery(route.filter);
  const query = [params.toString(), filter].filter(Boolean).join('&');
  return `?${query}`;
}

/**
 * A new view or filter is a step Back returns from (`push`); opening an application or
 * switching table/board replaces the current entry.
 */
export function writeRoute(route: Route, push = false) {
  const href = routeHref(route);
  const url = href === '?' ? location.pathname : href;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
