// The written forms input may take, each defined once: the zod schemas (schemas.ts) and
// the workflow's zod-free guards (guards.ts, lifecycle/input-guards.ts) both use these.
// The email address pattern is zod's own, copied in guards.ts (EMAIL_PATTERN).

/** What a date that is not a real 'YYYY-MM-DD' is told (the check is calendar/dates.ts isIsoDate). */
export const ISO_DATE_MESSAGE = 'expected a real date as YYYY-MM-DD';

/** A 24-hour London time of day, 'HH:MM'; the hours and minutes are captured. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const TIME_OF_DAY_MESSAGE = 'expected HH:MM';
