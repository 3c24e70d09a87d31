// The opaque id the records store gives a requester (records/requesters.ts): all a case
// carries of the person who asked, so no personal data reaches Temporal.
export const REQUESTER_ID = /^rq-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
