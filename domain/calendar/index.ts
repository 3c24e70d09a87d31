// The statutory calendar: dates, UK bank holidays by division, working-day counting.
export * from './dates';
export * from './divisions';
export * from './easter';
export * from './rules';
export * from './changes';
export * from './one-offs';
export * from './proclamations-schema';
export * from './proclamations';
export * from './holiday-table';
export * from './working-day-index';
export * from './working-day-calendar';
export * from './govuk-feed';
export * from './merge-feed';
export * from './import-safety';
