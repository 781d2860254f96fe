/** Local date, time and UTC offset, e.g. "2026-11-28 09:42 (UTC+01:00, Europe/Berlin)". */
export function describeNow(now: Date, timeZone: string): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const offset = -now.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  const hours = pad(Math.floor(Math.abs(offset) / 60))
  const minutes = pad(Math.abs(offset) % 60)
  const date = `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  return `${date} ${pad(now.getHours())}:${pad(now.getMinutes())} (UTC${sign}${hours}:${minutes}${timeZone ? `, ${timeZone}` : ''})`
}
