import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Application } from '../../../extension/model/application';
import { defaultPreferences } from '../../../extension/store/schema';
import { DetailPanel } from '../../../extension/ui/detail-panel';
import { NotesEditor } from '../../../extension/ui/notes-editor';
import { Timeline } from '../../../extension/ui/timeline';
import { makeApp } from '../../support/make-app';
import { mount } from './harness';

const stages = defaultPreferences().stages;
let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => mounted?.unmount());

const app: Application = makeApp('linkedin-42', {
  title: 'Ingeniera de Datos',
  company: 'Café Norte',
  location: 'Madrid',
  salary: { text: '45.000 € al año' },
  workplace: 'Híbrido',
  description: 'Sobre el puesto\n\n<script>alert(1)</script> Python, SQL.\n- Airflow',
  notes: 'Call Ana',
  status: 'interviewing',
  events: [
    { id: 'e1', type: 'applied', date: '2026-11-01T10:00:00.000Z' },
    { id: 'e2', type: 'status', stage: 'interviewing', date: '2026-11-05T10:00:00.000Z' },
    {
      id: 'e3',
      type: 'interview',
      date: '2026-11-25T15:00:00.000Z',
      note: 'Video call with the team',
      remindAt: '2026-11-25T14:00:00.000Z',
    },
  ],
});

describe('detail panel', () => {
  it('shows every field and the description as text, never markup', () => {
    mounted = mount(
      <DetailPanel app={app} stages={stages} match={undefined} onClose={() => {}} onDelete={() => {}} />,
    );
    const text = mounted.host.textContent ?? '';
    for (const value of [
      'Ingeniera de Datos',
      'Café Norte',
      'Madrid',
      '45.000 € al año',
      'Híbrido',
      app.url,
    ]) {
      expect(text).toContain(value);
    }
    const description = mounted.host.querySelector('.description__text');
    expect(description?.textContent).toBe(app.description);
    expect(description?.querySelector('script')).toBeNull();
    expect(mounted.host.querySelector('select')?.value).toBe('interviewing');
    expect(mounted.host.querySelector('h2')?.textContent).toBe('Ingeniera de Datos');
  });

  it('edits fields and sends only what changed', async () => {
    mounted = mount(
      <DetailPanel app={app} stages={stages} match={undefined} onClose={() => {}} onDelete={() => {}} />,
    );
    await userEvent.click(mounted.host.querySelector<HTMLButtonElement>('.fields .section-head button')!);
    const company = mounted.host.querySelector<HTMLInputElement>('#field-company')!;
    await userEvent.clear(company);
    await userEvent.type(company, 'Café Sur');
    await userEvent.clear(mounted.host.querySelector<HTMLInputElement>('#field-workplace')!);
    await userEvent.click(
      mounted.host.querySelector<HTMLButtonElement>('.fields-form button[type="submit"]')!,
    );
    expect(mounted.sent).toEqual([
      { type: 'update-application', id: 'linkedin-42', patch: { company: 'Café Sur', workplace: '' } },
    ]);
  });

  it('shows matched and missing skills when a CV gives a match, and deletes on request', async () => {
    const onDelete = vi.fn();
    mounted = mount(
      <DetailPanel
        app={app}
        stages={stages}
        match={{ score: 72, matched: ['Python', 'SQL'], missing: ['Airflow'] }}
        onClose={() => {}}
        onDelete={onDelete}
      />,
    );
    expect(mounted.host.querySelector('.score')?.textContent).toContain('72%');
    expect(mounted.host.querySelector('.skills')?.textContent).toContain('Python, SQL');
    expect(mounted.host.querySelector('.skills')?.textContent).toContain('Airflow');
    await userEvent.click(mounted.host.querySelector<HTMLButtonElement>('.detail__danger button')!);
    expect(onDelete).toHaveBeenCalledWith(app);
  });

  it('says so when the application is gone', () => {
    mounted = mount(
      <DetailPanel
        app={undefined}
        stages={stages}
        match={undefined}
        onClose={() => {}}
        onDelete={() => {}}
      />,
    );
    expect(mounted.host.textContent).toContain('no longer in your tracker');
  });
});

describe('notes', () => {
  it('save as you type, without a save button', async () => {
    mounted = mount(<NotesEditor app={app} />);
    const textarea = mounted.host.querySelector('textarea')!;
    expect(textarea.value).toBe('Call Ana');
    await userEvent.type(textarea, ' on Monday');
    await expect
      .poll(() => mounted?.sent.at(-1))
      .toEqual({ type: 'update-application', id: 'linkedin-42', patch: { notes: 'Call Ana on Monday' } });
    // Typing quickly is one save after the pause, not one per keystroke.
    expect(mounted.sent.length).toBeLessThan(4);
    await expect.poll(() => mounted?.host.querySelector('#notes-state')?.textContent).toBe('Saved');
  });

  it('keeps what the user is typing when a stored update echoes back', async () => {
    mounted = mount(<NotesEditor app={app} />);
    const textarea = mounted.host.querySelector('textarea')!;
    await userEvent.click(textarea);
    await userEvent.keyboard(' draft');
    mounted.rerender(<NotesEditor app={{ ...app, notes: 'Call Ana' }} />);
    expect(textarea.value).toBe('Call Ana draft');
  });
});

describe('timeline', () => {
  it('lists events newest first with labels, dates, notes and reminders', () => {
    mounted = mount(<Timeline app={app} stages={stages} />);
    const items = [...mounted.host.querySelectorAll('.timeline__item')];
    expect(items.map((item) => item.querySelector('.timeline__type')?.textContent)).toEqual([
      'Interview',
      'Moved to Interviewing',
      'Applied',
    ]);
    expect(items[0]?.textContent).toContain('Video call with the team');
    expect(items[0]?.querySelector('.timeline__reminder')).not.toBeNull();
    expect(items[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-25T15:00:00.000Z');
    // Only an interview offers the calendar file.
    expect(items[0]?.textContent).toContain('Add to calendar (.ics)');
    expect(items[2]?.textContent).not.toContain('.ics');
  });

  it('adds an event with a reminder, as ISO instants', async () => {
    mounted = mount(<Timeline app={app} stages={stages} />);
    await userEvent.click(mounted.host.querySelector('summary')!);
    await userEvent.selectOptions(
      mounted.host.querySelector<HTMLSelectElement>('#add-event-type')!,
      'follow-up',
    );
    const date = mounted.host.querySelector<HTMLInputElement>('#add-event-date')!;
    await userEvent.fill(date, '2026-12-01T09:30');
    await userEvent.type(
      mounted.host.querySelector<HTMLInputElement>('#add-event-note')!,
      'Email the recruiter',
    );
    await userEvent.click(mounted.host.querySelector<HTMLInputElement>('#add-event-remind')!);
    await userEvent.fill(
      mounted.host.querySelector<HTMLInputElement>('#add-event-remind-at')!,
      '2026-12-01T08:30',
    );
    await userEvent.click(
      mounted.host.querySelector<HTMLButtonElement>('.timeline__add button[type="submit"]')!,
    );
    expect(mounted.sent).toEqual([
      {
        type: 'add-event',
        id: 'linkedin-42',
        event: {
          type: 'follow-up',
          date: new Date('2026-12-01T09:30').toISOString(),
          note: 'Email the recruiter',
          remindAt: new Date('2026-12-01T08:30').toISOString(),
        },
      },
    ]);
  });

  it('edits and deletes an event', async () => {
    mounted = mount(<Timeline app={app} stages={stages} />);
    await userEvent.click(
      mounted.host.querySelector<HTMLButtonElement>('button[aria-label="Edit: Interview"]')!,
    );
    const note = mounted.host.querySelector<HTMLInputElement>('#edit-e3-note')!;
    await userEvent.clear(note);
    await userEvent.type(note, 'On site');
    await userEvent.click(
      mounted.host.querySelector<HTMLButtonElement>('.timeline__item button[type="submit"]')!,
    );
    expect(mounted.sent[0]).toMatchObject({
      type: 'update-event',
      id: 'linkedin-42',
      eventId: 'e3',
      event: {
        type: 'interview',
        date: '2026-11-25T15:00:00.000Z',
        note: 'On site',
        remindAt: '2026-11-25T14:00:00.000Z',
      },
    });
    await userEvent.click(
      mounted.host.querySelector<HTMLButtonElement>('button[aria-label="Delete: Applied"]')!,
    );
    expect(mounted.sent[1]).toEqual({ type: 'delete-event', id: 'linkedin-42', eventId: 'e1' });
  });
});
