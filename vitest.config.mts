import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

const alias = {
  '@renderer': fileURLToPath(new URL('./src/renderer/src', import.meta.url)),
  '@shared': fileURLToPath(new URL('./src/shared', import.meta.url))
}

export default defineConfig({
  resolve: { alias },
  test: {
    // Every run's temporary folders live in one scratch folder, removed at the end.
    globalSetup: ['tests/support/scratch-tmpdir.ts'],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'shared',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts'],
          // src/shared is pure (no I/O, no globals; its only module state is read-only caches
          // of the built-in catalogs) and these tests mock nothing, so the files share one
          // module graph instead of importing the core afresh for each of 64 files: the
          // project's CPU time fell from 108 s to 18 s (docs/testing.md).
          isolate: false
        }
      },
      {
        resolve: { alias },
        test: {
          name: 'main',
          environment: 'node',
          include: ['tests/main/**/*.test.ts'],
          testTimeout: 30_000
        }
      },
      {
        plugins: [vue()],
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          // One module graph per worker: importing Vue, Naive UI and the app afresh for each of
          // 104 files cost ~350 s of CPU (most of CI's vitest stage); shared, it is ~60 s. What a
          // fresh environment gave each file (storage, stubbed globals, the document) is reset
          // by setup/fresh-globals.ts; the suite passes with files shuffled
          // (`--sequence.shuffle.files --sequence.seed=N`, docs/testing.md).
          isolate: false,
          setupFiles: ['vitest-canvas-mock', 'tests/renderer/setup/fresh-globals.ts'],
          include: ['tests/renderer/**/*.test.ts']
        }
      }
    ]
  }
})
