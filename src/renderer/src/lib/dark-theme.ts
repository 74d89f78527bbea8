/**
 * naive-ui's dark theme: the dark styles of every component, in a chunk of its own, fetched
 * only by a window that shows dark (see composables/useNaiveTheme.ts).
 */
export { darkTheme } from 'naive-ui'
