// Japan has kept +09:00 all year since 1951: a fixed shift is exact and needs no time zone data.
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

function shiftedIso(at: Date): string {
  return new Date(at.getTime() + JST_OFFSET_MS).toISOString();
}

/** `2026-11-26 12:01:10.123+09:00`: the time for people; `timestamp` is for sorting. */
export function formatJst(at: Date): string {
  return `${shiftedIso(at).replace('T', ' ').replace('Z', '')}+09:00`;
}

/** `2026-11-26`: the day in Japan, which names the day's log file and S3 partition. */
export function jstDate(at: Date): string {
  return shiftedIso(at).slice(0, 10);
}
