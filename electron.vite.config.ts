import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

const shared = resolve(__dirname, 'src/shared')

/**
 * Everything the first screen needs — what the entry reaches through static imports, rolldown's
 * `$initial` modules — goes in two chunks: libraries and our own code. Left alone, the bundler
 * cut that start-up graph into 17 files along naive-ui's shared pieces, and on a cold start
 * each is a request (six at a time) and a module to link before anything runs. Whatever loads
 * later (the other steps, charts, the plan schema) is still split automatically.
 */
const startupChunks = {
  groups: [
    { name: 'start-libraries', tags: ['$initial' as const], test: /[\\/]node_modules[\\/]/ },
    { name: 'start', tags: ['$initial' as const] }
  ]
}

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } },
    build: {
      rollupOptions: {
        // One build, three Node entry points sharing the same services:
        // the Electron main process, the headless CLI and the local web host; and the
        // import worker they start (out/main/import-worker.js, found by run-in-worker.ts).
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli/index.ts'),
          web: resolve(__dirname, 'src/main/web/index.ts'),
          'import-worker': resolve(__dirname, 'src/main/services/inventory/worker/import-worker.ts')
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
      alias: { '@renderer': resolve(__dirname, 'src/renderer/src'), '@shared': shared }
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
    build: {
      minify: true,
      rolldownOptions: { output: { codeSplitting: startupChunks } }
    }
  }
})
