/** boot.js marks <html> with data-boot="screen" when it shows a prerendered screen other than home. */
export const showsPrerenderedScreen = (): boolean => document.documentElement.dataset.boot === 'screen'
