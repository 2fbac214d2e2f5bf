import { z } from 'zod';

// zod compiles parsers with new Function, probing for it as soon as the first object schema is
// built. The deployed Content-Security-Policy forbids eval, and the browser reports even zod's
// caught probe as a violation, so this runs before any schema exists: token-edit-schema.ts, which
// every form schema builds on, imports it first. It stays out of main.tsx so zod stays out of the
// first download.
z.config({ jitless: true });
