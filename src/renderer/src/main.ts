import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { useUiStore } from './stores/ui'
import { loadDarkTheme } from './composables/useNaiveTheme'

const pinia = createPinia()
const app = createApp(App)
app.use(pinia)
app.use(createAppI18n())
app.use(createAppRouter())
// A window that starts dark fetches the dark theme first, so it never paints light.
const ready = useUiStore(pinia).isDark ? loadDarkTheme() : Promise.resolve()
// Should the chunk fail to load, the window still opens (in the light theme).
void ready.catch(() => undefined).then(() => app.mount('#app'))
