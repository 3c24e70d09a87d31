// Reminders go out at the authority's time of day, but not all at once: each case has its
// own fixed offset within a window around that time, so that on a busy morning thousands
// of open cases do not wake their worker in the same minute. The offset depends only on
// the case's reference, so it is the same on every replay and after continue-as-new.

/** Minutes to add to the reminder time: within [-window/2, window/2), fixed per reference. */
export function reminderOffsetMinutes(reference: string, windowMinutes: number): number {
  if (!Number.isInteger(windowMinutes) || windowMinutes <= 1) return 0;
  return (referenceHash(reference) % windowMinutes) - Math.floor(windowMinutes / 2);
}

/** A number fixed by the reference: FNV-1a over its UTF-16 code units (small, fast and
 * stable across engines), to spread cases' chores over a window. */
export function referenceHash(reference: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < reference.length; i++) {
    h ^= reference.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
