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
      alias: { '@renderer': resolve(__dirname, 'src/renderer/src'), '@shared': shared }
    },
    plugins: [vue()]
  }
})
