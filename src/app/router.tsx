import {
  UNSAFE_createHashHistory,
  UNSAFE_createRouter,
  UNSAFE_hydrationRouteProperties,
  UNSAFE_mapRouteProperties,
} from 'react-router'
import { paintFirst } from './paint-first-history.ts'
import { routes } from './routes.tsx'

/**
 * The browser's router, created once outside React: `createHashRouter`'s router, with a history that
 * writes each new entry just after its screen is painted (see paintFirst).
 */
export const router = UNSAFE_createRouter({
  routes,
  history: paintFirst(UNSAFE_createHashHistory()),
  mapRouteProperties: UNSAFE_mapRouteProperties,
  hydrationRouteProperties: UNSAFE_hydrationRouteProperties,
}).initialize()
