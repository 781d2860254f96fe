import { findRemoteHost, reportingMtaIn } from './remote-host.ts'

/**
 * Host names that tell which provider refused: the recipient's domain, the remote server and the
 * server that wrote the bounce, lower-cased. Provider rules (`Rule.hosts`) are matched against them.
 */
export function providerHosts(
  text: string,
  recipient: string | null,
  remoteMta: string | null,
  reportingMta: string | null = null,
): string[] {
  const hosts: string[] = []
  const at = recipient?.lastIndexOf('@') ?? -1
  if (recipient !== null && at >= 0) hosts.push(recipient.slice(at + 1))
  const remote = remoteMta ?? findRemoteHost(text)?.value ?? null
  if (remote !== null) hosts.push(remote.split(/[\s[(]/)[0] ?? remote)
  const reporting = reportingMta ?? reportingMtaIn(text)
  if (reporting !== null) hosts.push(reporting)
  return hosts.map((h) => h.toLowerCase().replace(/\.$/, ''))
}

/** Whether a host is one of the names, or under one of them (".example.net" and "example.net" alike). */
export function hostIn(hosts: readonly string[], names: readonly string[]): boolean {
  return hosts.some((h) =>
    names.some((n) => {
      const bare = n.startsWith('.') ? n.slice(1) : n
      return h === bare || h.endsWith(`.${bare}`)
    }),
  )
}
