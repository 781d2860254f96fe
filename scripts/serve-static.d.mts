import type { Server } from 'node:http'

export declare const CSP: string
export declare const SUB_PATH: string
export declare function startStaticServer(options: {
  port: number
  dir?: string
  host?: string
  frameAncestors?: string | undefined
}): Promise<Server>
