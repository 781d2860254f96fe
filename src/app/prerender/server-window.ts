/**
 * Just enough of `window` for a hash router to stand on the home screen outside a browser. Links
 * then get the same `#/…` hrefs as in the browser (no <base>, so no origin in front), which
 * hydration needs.
 */
export function serverWindow(): Window {
  const noop = () => undefined
  const fake = {
    location: {
      origin: 'http://prerender.invalid',
      href: 'http://prerender.invalid/#/',
      pathname: '/',
      search: '',
      hash: '#/',
    },
    history: { state: null, replaceState: noop, pushState: noop, go: noop },
    document: { querySelector: () => null },
    addEventListener: noop,
    removeEventListener: noop,
  }
  return fake as unknown as Window
}
