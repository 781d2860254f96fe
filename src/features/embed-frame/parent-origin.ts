/**
 * The origin of the page that frames this one, or null. Chromium and Safari give it directly; other
 * browsers get it from the referrer, which embed.js sends as the bare origin. Either way it only
 * decides where the frame may post: the browser delivers a message only to a parent of that origin.
 */
export function parentOrigin(): string | null {
  // Typed as always there, but Firefox has no ancestorOrigins.
  const ancestors = (window.location as Partial<Location>).ancestorOrigins
  const ancestor = ancestors?.[0]
  if (ancestor) return ancestor
  if (!document.referrer || !URL.canParse(document.referrer)) return null
  return new URL(document.referrer).origin
}
