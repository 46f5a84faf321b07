/** Day and week arithmetic in the browser's time zone (what the user calls "this week"). */

export const DAY_MS = 86_400_000;

/** YYYY-MM-DD of a moment in the browser's time zone. */
export function localDay(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Monday 00:00 local time of the week holding `ms`. */
export function weekStart(ms: number): number {
  const date = new Date(ms);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() + 6) % 7)).getTime();
}
