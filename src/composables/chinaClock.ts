/**
 * The time of day of an instant on China's clock (HH:mm, 24-hour), whatever the browser's zone:
 * the app shows business dates and times in China time, so a stage's "data as of 15:05" must
 * not follow a laptop left on another zone.
 */
const formats = new Map<string, Intl.DateTimeFormat>()

/** HH:mm in Asia/Shanghai for `instant` (milliseconds since the epoch), in `locale`'s digits. */
export function formatChinaClock(instant: number, locale: string): string {
  let f = formats.get(locale)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Shanghai',
    })
    formats.set(locale, f)
  }
  return f.format(instant)
}
