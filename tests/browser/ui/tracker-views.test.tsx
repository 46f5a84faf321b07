import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defaultPreferences } from '../../../extension/store/schema';
import { stageIdFor } from '../../../extension/ui/stages-editor';
import { TrackerBoard } from '../../../extension/ui/tracker-board';
import { TrackerTable } from '../../../extension/ui/tracker-table';
import { seedApplications } from '../../support/seed-applications';
import { mount } from './harness';
import '../../../extension/ui/theme.css';
import '../../../extension/entrypoints/tracker/style.css';

const stages = defaultPreferences().stages;
let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => mounted?.unmount());
const noScore = () => undefined;

describe('tracker table', () => {
  it('virtualises 5,000 rows, selects rows and all, and opens a row', async () => {
    const apps = seedApplications(5000);
    const selected = new Set<string>();
    const onOpen = vi.fn();
    const onToggle = vi.fn((id: string) => selected.add(id));
    const onToggleAll = vi.fn();
    mounted = mount(
      <TrackerTable
        apps={apps}
        stages={stages}
        scoreOf={noScore}
        selected={selected}
        onToggle={onToggle}
        onToggleAll={onToggleAll}
        openId={undefined}
        onOpen={onOpen}
        onError={() => {}}
      />,
    );
    const rows = mounted.host.querySelectorAll('.table__body [role="row"]');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(mounted.host.querySelector('[role="table"]')?.getAttribute('aria-rowcount')).toBe('5001');
    await userEvent.click(
      mounted.host.querySelector<HTMLInputElement>('input[aria-label="Select Ingeniera de Datos 2"]')!,
    );
    expect(onToggle).toHaveBeenCalledWith('indeed-100001');
    await userEvent.click(
      mounted.host.querySelector<HTMLInputElement>('input[aria-label="Select all shown"]')!,
    );
    expect(onToggleAll).toHaveBeenCalledWith(true);
    await userEvent.click(mounted.host.querySelector<HTMLButtonElement>('.table__title button')!);
    expect(onOpen).toHaveBeenCalledWith('linkedin-100000');
  });
});

describe('tracker board', () => {
  it('shows one column per stage with its count, 40 cards at a time, and moves a card by its select', async () => {
    const apps = seedApplications(400);
    mounted = mount(
      <TrackerBoard
        apps={apps}
        stages={stages}
        scoreOf={noScore}
        openId={undefined}
        onOpen={() => {}}
        onError={() => {}}
      />,
    );
    const columns = [...mounted.host.querySelectorAll<HTMLElement>('.board__column')];
    expect(columns.map((c) => c.dataset.stage)).toEqual(stages.map((s) => s.id));
    const applied = columns[1]!;
    const count = Number(applied.querySelector('.board__count')?.textContent);
    expect(count).toBe(apps.filter((a) => a.status === 'applied').length);
    expect(applied.querySelectorAll('.card')).toHaveLength(40);
    await userEvent.click(applied.querySelector<HTMLButtonElement>(':scope > button')!);
    expect(applied.querySelectorAll('.card').length).toBe(Math.min(count, 240));
    const card = applied.querySelector<HTMLElement>('.card')!;
    await userEvent.selectOptions(card.querySelector('select')!, 'interviewing');
    expect(mounted.sent).toEqual([{ type: 'set-status', ids: [card.dataset.id!], status: 'interviewing' }]);
  });
});

describe('stage ids for new stages', () => {
  it.each([
    ['Phone screen', 'phone-screen'],
    ['Entrevista técnica', 'entrevista-tecnica'],
    ['!!!', 'stage'],
    ['Saved', 'saved-2'],
  ])('%s → %s', (label, id) => {
    expect(stageIdFor(label, new Set(['saved']))).toBe(id);
  });
});
