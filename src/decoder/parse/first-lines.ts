/**
 * The first `max` lines of a message (all of it when it has fewer), as the same kind of value. A string
 * is cut by UTF-16 index, bytes by byte index; both cut just after a line feed.
 */
export function firstLines(raw: string | ArrayBuffer | Uint8Array, max: number): string | Uint8Array {
  if (typeof raw === 'string') {
    let pos = 0
    for (let i = 0; i < max; i++) {
      const nl = raw.indexOf('\n', pos)
      if (nl < 0) return raw
      pos = nl + 1
    }
    return raw.slice(0, pos)
  }
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw)
  let pos = 0
  for (let i = 0; i < max; i++) {
    const nl = bytes.indexOf(10, pos)
    if (nl < 0) return bytes
    pos = nl + 1
  }
  return bytes.subarray(0, pos)
}
