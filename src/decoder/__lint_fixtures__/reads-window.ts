// Known bad: a pure layer (it also runs in Node) reaching for a browser global.
export const here = (): string => window.location.href
