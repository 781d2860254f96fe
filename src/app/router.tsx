import { createHashRouter } from 'react-router'
import { routes } from './routes.tsx'

/** The browser's router, created once outside React. */
export const router = createHashRouter(routes)
