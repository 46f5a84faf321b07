/**
 * The tracker page's address: `?view=insights|cv|data|pro|privacy`, `?id=<applicationId>` (capture
 * toast, reminders) and `?layout=board`.
 */
export type View = 'applications' | 'insights' | 'cv' | 'data' | 'pro' | 'privacy';
export type Layout = 'table' | 'board';
export const VIEWS: readonly View[] = ['applications', 'insights', 'cv', 'data', 'pro', 'privacy'];

export interface Route {
  view: View;
  id: string | undefined;
  layout: Layout;
}

/** tracker.html?id=<applicationId> opens that application (capture toast, reminders). */
export function readRoute(): Route {
  const params = new URLSearchParams(location.search);
  const view = params.get('view') as View | null;
  return {
    view: view && VIEWS.includes(view) ? view : 'applications',
    id: params.get('id') ?? undefined,
    layout: params.get('layout') === 'board' ? 'board' : 'table',
  };
}

export function writeRoute(route: Route) {
  const params = new URLSearchParams();
  if (route.view !== 'applications') params.set('view', route.view);
  if (route.id) params.set('id', route.id);
  if (route.layout !== 'table') params.set('layout', route.layout);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}
