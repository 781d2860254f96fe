/**
 * Public entry for the app, the tree's tests and features: the nodes a decode can land on and the hint
 * a screen passes. The landing itself is decided in `classify/landing.ts`.
 */
export * from './classify/landing.ts'
