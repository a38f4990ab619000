// Forecast: when the recent line reaches the target or crosses the red flag (docs/scoring.md § Forecast).
import { addDays, periodEnd, utcDay } from "../periods";
import { axisOf, axisPoints, leastSquares, newestFirst, type MeasuredKpi } from "./axis";
import { kpiStatus } from "./score";
import type { Forecast, ReadingPoint, Status } from "./types";

export const FORECAST_WINDOW = 8;
export const FORECAST_MIN_READINGS = 3;
export const DEFAULT_HORIZON_DAYS = 180;
/** Absorbs floating-point noise so a line landing exactly on a day is not pushed to the next one. */
const DAY_EPSILON = 1e-9;
const DAY_MS = 86_400_000;

/**
 * Linear projection over the newest readings (up to eight): a KPI not yet green and improving
 * gets the day it reaches the target; one not yet red and worsening the day it crosses the red
 * flag. Only dates after as-of and within the horizon are worth showing.
 */
export function forecastOf(kpi: MeasuredKpi, readings: readonly ReadingPoint[], asOf: Date, horizonDays: number = DEFAULT_HORIZON_DAYS): Forecast | null {
  const newest = newestFirst(readings)[0];
  const points = axisPoints(kpi, readings, FORECAST_WINDOW);
  if (!newest || points.length < FORECAST_MIN_READINGS) return null;
  const line = leastSquares(points);
  if (!line || line.slope === 0) return null;
  const axis = axisOf(kpi);
  const status = kpiStatus(kpi, newest.value);
  const event = eventAhead(Math.sign(line.slope) === axis.better, status);
  if (event === null) return null;
  const level = event === "reaches-target" ? axis.target : axis.redFlag;
  // x = 0 is the end of the newest reading's period (see axisPoints); compare in days before
  // building a Date, since a nearly flat line projects absurdly far (or not at all).
  const origin = periodEnd(newest.period, kpi.frequency);
  const daysFromNewest = Math.ceil((level - line.intercept) / line.slope - DAY_EPSILON);
  const asOfDays = (utcDay(asOf).getTime() - origin.getTime()) / DAY_MS;
  if (!(daysFromNewest > asOfDays && daysFromNewest <= asOfDays + horizonDays)) return null;
  const date = addDays(origin, daysFromNewest);
  return { event, date };
}

/** Improving towards a target not yet met, or worsening towards a red flag not yet crossed. */
function eventAhead(improving: boolean, status: Status): Forecast["event"] | null {
  if (improving) return status === "green" ? null : "reaches-target";
  return status === "red" ? null : "crosses-red-flag";
}
