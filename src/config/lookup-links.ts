/** What a user may type to check on blocklist sites: an IP address or a host/domain name. */
export type LookupTarget = { readonly kind: 'ipv4' | 'ipv6' | 'domain'; readonly value: string }

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/
const IPV6 = /^[0-9a-f:]{2,39}$/i
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i

/** Parses untrusted input; null when it is neither an IP address nor a domain name. */
export function parseLookupTarget(raw: string): LookupTarget | null {
  const value = raw.trim().replace(/\.$/, '')
  if (IPV4.test(value)) return { kind: 'ipv4', value }
  if (IPV6.test(value) && value.includes(':') && value.split('::').length <= 2)
    return { kind: 'ipv6', value: value.toLowerCase() }
  if (DOMAIN.test(value)) return { kind: 'domain', value: value.toLowerCase() }
  return null
}

/** Links to public blocklist checkers with the target filled in. Opening them is the user's choice. */
export function blocklistLinks(target: LookupTarget): {
  readonly mxtoolbox: string
  readonly multirbl: string
} {
  const encoded = encodeURIComponent(target.value)
  return {
    mxtoolbox: `https://mxtoolbox.com/SuperTool.aspx?action=blacklist%3a${encoded}&run=toolpage`,
    multirbl: `https://multirbl.valli.org/lookup/${encoded}.html`,
  }
}
