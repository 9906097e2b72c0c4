/**
 * A moment as a person in China reads it, whatever the server's zone: "2026-03-02 10:00:00".
 * The sv-SE locale is the one that writes ISO-like date and time.
 */
const format = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

export function beijingTime(at: Date): string {
  return format.format(at);
}
