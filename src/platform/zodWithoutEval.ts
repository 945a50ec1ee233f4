import { z } from 'zod';

/**
 * zod compiles a parser for each object schema with `new Function` the first time it parses,
 * unless told not to. The pages' Content-Security-Policy (docs/deploy.md) has no
 * `'unsafe-eval'`, so where the pages are deployed zod's probe for it is refused (a policy
 * violation in the console on every load) and it parses without compiling anyway. Saying so
 * here keeps the probe from running and makes the demo and the benchmarks run what production
 * runs. It also saves each schema's compile on first use (≈ 6–9 ms for `config.json`'s in
 * Node, too little to show in a re-open's time); the bulk reads do not go through zod's object
 * parser (`src/data/lists/fastPath`), and read as fast either way (docs/performance.md). Each
 * page imports this module before any other that parses.
 */
z.config({ jitless: true });
