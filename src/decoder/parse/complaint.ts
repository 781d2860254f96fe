/**
 * Complaint ("feedback") messages that are not RFC 5965 ARF reports: Hotmail's old abuse reports,
 * Apple Mail's one-click unsubscribe, and Amazon SES complaint notifications (JSON). Returns the
 * complained-about recipients (possibly none) when the message is one, else null.
 */
export function complaintRecipients(headers: ReadonlyMap<string, string>, source: string): string[] | null {
  const from = (headers.get('from') ?? '').toLowerCase()
  const subject = headers.get('subject') ?? ''
  const head = source.slice(0, 64 * 1024)
  if (from.includes('staff@hotmail.com') && /complaint about message from/i.test(subject)) {
    const m = /^X-HmXmrOriginalRecipient:[ \t]*<?([^\s<>@]+@[^\s<>]+?)>?[ \t]*\r?$/im.exec(head)
    return m?.[1] === undefined ? [] : [m[1]]
  }
  if (/^true$/i.test(headers.get('x-apple-unsubscribe') ?? '')) {
    const to = (headers.get('to') ?? '').split(/[\s<>,]+/).find((t) => t.includes('@'))
    return to === undefined ? [] : [to]
  }
  if (/"notificationType"\s*:\s*"Complaint"/.test(head)) {
    const list: string[] = []
    for (const m of head.matchAll(/"complainedRecipients"\s*:\s*\[([^\]]{0,4000})\]/g)) {
      for (const a of (m[1] ?? '').matchAll(/"emailAddress"\s*:\s*"([^"\s@]+@[^"\s]+)"/g))
        if (a[1] !== undefined) list.push(a[1])
    }
    return list
  }
  return null
}
