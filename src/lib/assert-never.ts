/** Exhaustiveness check for discriminated unions: a new variant makes every unhandled `switch` a type error. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`)
}
