import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../../extension/model/application';
import { defaultPreferences } from '../../../extension/store/schema';
import { ApplicationRow } from '../../../extension/ui/application-row';

const stages = defaultPreferences().stages;
const base: Application = {
  id: 'linkedin-1',
  board: 'linkedin',
  url: 'https://www.linkedin.com/jobs/view/1/',
  title: 'Backend Engineer',
  company: 'Acme Robotics',
  status: 'interviewing',
  events: [],
  notes: '',
  captureMethod: 'apply',
  captureSource: 'board',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

let host: HTMLElement;
function show(app: Application) {
  host = document.createElement('ul');
  document.body.append(host);
  render(<ApplicationRow app={app} stages={stages} />, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('ApplicationRow', () => {
  it('shows title, company and the stage label in a real browser', () => {
    const row = show(base);
    expect(row.querySelector('.app-row__title')?.textContent).toBe('Backend Engineer');
    expect(row.querySelector('.app-row__company')?.textContent).toBe('Acme Robotics');
    expect(row.querySelector('[data-status]')?.textContent).toBe('Interviewing');
    const link = row.querySelector('a');
    expect(link?.href).toBe('https://www.linkedin.com/jobs/view/1/');
    expect(link?.rel).toContain('noopener');
  });

  it('renders a scraped title containing HTML as text, never as markup', () => {
    let fired = false;
    (window as unknown as { pwned: () => void }).pwned = () => {
      fired = true;
    };
    const row = show({ ...base, title: '<img src=x onerror="pwned()">Engineer' });
    expect(row.querySelector('img')).toBeNull();
    expect(row.querySelector('.app-row__title')?.textContent).toBe('<img src=x onerror="pwned()">Engineer');
    expect(fired).toBe(false);
  });

  it('links only http(s) URLs', () => {
    const row = show({ ...base, url: 'javascript:alert(1)' });
    expect(row.querySelector('a')).toBeNull();
    expect(row.querySelector('.app-row__title')?.textContent).toBe('Backend Engineer');
  });
});
