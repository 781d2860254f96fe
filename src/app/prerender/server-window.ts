/**
 * Just enough of `window` for a hash router to stand on one screen (`hash`, home by default) outside
 * a browser. Links then get the same `#/…` hrefs as in the browser (no <base>, so no origin in
 * front), which hydration needs.
 */
export function serverWindow(hash = '#/'): Window {
  const noop = () => undefined
  const fake = {
    location: {
      origin: 'http://prerender.invalid',
      href: `http://prerender.invalid/${hash}`,
      pathname: '/',
      search: '',
      hash,
    },
    history: { state: null, replaceState: noop, pushState: noop, go: noop },
    document: { querySelector: () => null },
    addEventListener: noop,
    removeEventListener: noop,
  }
  return fake as unknown as Window
}
