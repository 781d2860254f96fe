// Known bad: a pattern that backtracks super-linearly on a long run of spaces.
export const SLOW = /\s*\s*x/
