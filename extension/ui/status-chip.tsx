import type { Stage } from '../store/schema';

/** A stage shown as a labelled chip; unknown stage ids still render, as their id. */
export function StatusChip({ status, stages }: { status: string; stages: readonly Stage[] }) {
  const label = stages.find((stage) => stage.id === status)?.label ?? status;
  return (
    <span class={`chip chip--${status}`} data-status={status}>
      {label}
    </span>
  );
}
