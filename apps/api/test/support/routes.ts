import type { TestPlatform } from './test-platform.js';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the running application answers, as `METHOD /path/:param`, from Express itself. */
export function applicationRoutes(platform: TestPlatform): string[] {
  const express = platform.app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
  return express.router.stack
    .flatMap((layer) =>
      layer.route
        ? Object.keys(layer.route.methods)
            .filter((m) => m !== '_all')
            .map((m) => `${m.toUpperCase()} ${layer.route!.path}`)
        : [],
    )
    .filter((route) => route.split(' ')[1]!.startsWith('/api/'))
    .sort();
}
