// The authority's proclamations data file, compiled in (a static JSON import is pure and
// bundles into the workflow sandbox). It is taken as it is, without zod, so that the
// sandbox carries no schema library: test/unit/calendar/proclamations.test.ts checks the
// file against the schema. Code that needs the file as it is on disk now (an activity,
// the CLI) reads and validates it itself and calls buildHolidayTableFrom.
import data from './data/proclamations.json';
import type { Proclamations } from './proclamations-schema';

export const PROCLAMATIONS: Proclamations = data as Proclamations;
