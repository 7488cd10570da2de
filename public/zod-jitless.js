// Loaded by index.html before the app. The app runs under a Content-Security-Policy without 'unsafe-eval'. zod 4
// probes for eval with `new Function("")` when its first object schema is created; it catches the refusal, but the
// browser still reports a `securitypolicyviolation` for it. zod reads its settings from this global (shared by every
// copy of zod on the page); `jitless` skips the probe. Under this CSP zod could never compile its parsers anyway, so
// parsing speed is unchanged. It must run before the module bundle, whose shared chunk creates the schemas when it
// loads: hence a classic script of its own, not an import. test/e2e/security.spec.ts fails if a violation returns.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
