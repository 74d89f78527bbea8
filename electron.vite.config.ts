import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

const shared = resolve(__dirname, 'src/shared')

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } },
    build: {
      rollupOptions: {
        // One build, three Node entry points sharing the same services:
        // the Electron main process, the headless CLI and the local web host.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli/index.ts'),
          web: resolve(__dirname, 'src/main/web/index.ts')
        }
      }
    }
  },
  preload: {
    // A sandboxed preload cannot require() npm packages: bundle everything into it.
    build: { externalizeDeps: false },
    resolve: { alias: { '@shared': shared } }
  },
  renderer: {
    resolve: {
      alias: [
        { find: '@renderer', replacement: resolve(__dirname, 'src/renderer/src') },
        { find: '@shared', replacement: shared },
        // Runtime only: messages are formatted by our own `{name}` compiler (src/renderer/src/i18n.ts).
        { find: /^vue-i18n$/, replacement: 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' }
      ]
    },
    plugins: [vue()],
    // vue-i18n's esm-bundler build leaves these switches to the bundler: composition API
    // only, no global <i18n-t>/v-t install, no devtools hooks — less code to parse at start.
    define: {
      __VUE_I18N_LEGACY_API__: 'false',
      __VUE_I18N_FULL_INSTALL__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false'
    },
    // electron-vite leaves renderer output unminified; minified code parses faster on a cold
    // start (no V8 code cache on first launch), which is most of navigation → interactive.
    build: { minify: true }
  }
})
