// The authority's proclamations data file, compiled in (a static JSON import is pure and
// bundles into the workflow sandbox). Code that needs the file as it is on disk now
// (an activity, the CLI) reads it itself and calls buildHolidayTableFrom.
import data from './data/proclamations.json';
import { parseProclamations, type Proclamations } from './proclamations-schema';

export const PROCLAMATIONS: Proclamations = parseProclamations(data);
