/**
 * The cookie-date algorithm of RFC 6265bis §5.4.1 (unchanged from RFC 6265 §5.1.1).
 * Browsers use it instead of a strict HTTP-date parser, so "Wed, 09-Jun-21 10:18:14" and
 * "Jun 9 2021 10:18:14" both mean the same instant.
 */

/**
 * §5.4.1: delimiter = %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E.
 * Everything else (digits, ":", letters, other CTLs, %x7F-FF and beyond) belongs to a date-token.
 */
const DATE_DELIMITERS = /[\x09\x20-\x2F\x3B-\x40\x5B-\x60\x7B-\x7E]+/;

/** §5.4.1: time = hms-time ( non-digit *OCTET ); hms-time = time-field ":" time-field ":" time-field; time-field = 1*2DIGIT */
const TIME_TOKEN = /^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\D[\s\S]*)?$/;

/** §5.4.1: day-of-month = 1*2DIGIT ( non-digit *OCTET ) */
const DAY_OF_MONTH_TOKEN = /^(\d{1,2})(?:\D[\s\S]*)?$/;

/** §5.4.1: month = ( "jan" / "feb" / ... / "dec" ) *OCTET, matched case-insensitively. */
const MONTH_TOKEN = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** §5.4.1: year = 2*4DIGIT ( non-digit *OCTET ) */
const YEAR_TOKEN = /^(\d{2,4})(?:\D[\s\S]*)?$/;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** §5.4.1: a year before 1601 fails to parse. */
const EARLIEST_YEAR = 1601;

export type CookieDateResult = { ok: true; date: Date } | { ok: false; error: string };

/**
 * Parses `input` as a cookie-date (§5.4.1) and says why it failed, in words a learner can follow.
 * Never throws.
 */
export function parseCookieDateDetailed(input: string): CookieDateResult {
  let time: [number, number, number] | undefined;
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;

  // §5.4.1 step 1-2: split into date-tokens and take the first token matching each production, in
  // this order (time, day-of-month, month, year), so "15 17 Apr" reads 15 as the day and 17 as the year.
  for (const token of input.split(DATE_DELIMITERS)) {
    if (token === "") continue;
    const t = time === undefined ? TIME_TOKEN.exec(token) : null;
    if (t) {
      time = [Number(t[1]), Number(t[2]), Number(t[3])];
      continue;
    }
    const d = day === undefined ? DAY_OF_MONTH_TOKEN.exec(token) : null;
    if (d) {
      day = Number(d[1]);
      continue;
    }
    const m = month === undefined ? MONTH_TOKEN.exec(token) : null;
    if (m) {
      month = MONTHS.indexOf(m[1]!.toLowerCase());
      continue;
    }
    const y = year === undefined ? YEAR_TOKEN.exec(token) : null;
    if (y) year = Number(y[1]);
  }

  // §5.4.1 steps 3-4: two-digit years pivot at 70, as Netscape's cookies did.
  if (year !== undefined && year >= 70 && year <= 99) year += 1900;
  if (year !== undefined && year >= 0 && year <= 69) year += 2000;

  // §5.4.1 step 5: all four parts are required and each must be in range.
  if (time === undefined) return fail(input, "it has no hh:mm:ss time");
  if (day === undefined) return fail(input, "it has no day of the month");
  if (month === undefined) return fail(input, "it has no month name");
  if (year === undefined) return fail(input, "it has no year of 2 to 4 digits");
  if (day < 1 || day > 31) return fail(input, `day ${day} is not between 1 and 31`);
  if (year < EARLIEST_YEAR) return fail(input, `year ${year} is before 1601`);
  const [hour, minute, second] = time;
  if (hour > 23) return fail(input, `hour ${hour} is more than 23`);
  if (minute > 59) return fail(input, `minute ${minute} is more than 59`);
  if (second > 59) return fail(input, `second ${second} is more than 59`);

  // §5.4.1 step 6: the date must exist in UTC, so "31 Feb" fails rather than rolling into March.
  const date = new Date(Date.UTC(year, month, day, hour, minute, second));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) {
    return fail(input, `${MONTH_NAMES[month]} ${day} does not exist in ${year}`);
  }
  return { ok: true, date };
}

/** §5.4.1: the parsed cookie-date, or null when the algorithm says "fail to parse". */
export function parseCookieDate(input: string): Date | null {
  const result = parseCookieDateDetailed(input);
  return result.ok ? result.date : null;
}

function fail(input: string, why: string): CookieDateResult {
  return { ok: false, error: `"${input}" is not a cookie date: ${why}` };
}
