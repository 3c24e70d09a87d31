// Everything the worker registers as workflow code.
export { foiRequest } from './foi-request';
export { disposeRecords } from './dispose-records';
export { fetchHolidays } from './fetch-holidays';
