import type { Application } from '../../extension/model/application';

/** An invented application record for tests, with `extra` fields overriding. */
export function makeApp(id: string, extra: Partial<Application> = {}): Application {
  return {
    id,
    board: 'linkedin',
    url: `https://www.linkedin.com/jobs/view/${id}/`,
    title: `Engineer ${id}`,
    company: 'Acme',
    status: 'applied',
    events: [{ id: `ev-${id}`, type: 'applied', date: '2026-11-01T10:00:00.000Z' }],
    notes: '',
    captureMethod: 'apply',
    captureSource: 'board',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...extra,
  };
}
