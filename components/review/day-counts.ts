/**
 * Reviews due tomorrow as the end-of-day screen shows them: the count the page was served with
 * (cards scheduled before this session) plus the cards answered in this session whose next due
 * falls within tomorrow's study day, [dayEnd, tomorrowEnd).
 */
export function dueTomorrowCount(served: number, nextDue: ReadonlyMap<string, number>, dayEnd: number, tomorrowEnd: number): number {
  let count = served;
  for (const due of nextDue.values()) if (due >= dayEnd && due < tomorrowEnd) count++;
  return count;
}
