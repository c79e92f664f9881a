/** The time zone of the computer the app runs on: for its own clock (backups), and a new trip's first home zone. */

/** The computer's own IANA zone, as the system names it. */
export function computerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
