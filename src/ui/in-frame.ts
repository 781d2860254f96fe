/** True when the app runs in another page's frame (embedded in a support portal with embed.js). */
export const inFrame = (): boolean => window.parent !== window
