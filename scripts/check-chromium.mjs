import { accessSync, constants } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
try {
  accessSync(path, constants.X_OK)
} catch {
  console.error(
    `\nE2E tests need Debian's Chromium at ${path} (Playwright cannot download browsers here).\n` +
      'Install it with:  apt-get update && apt-get install -y chromium\n' +
      '(or set CHROMIUM_PATH to another Chromium/Chrome binary)\n',
  )
  process.exit(1)
}
