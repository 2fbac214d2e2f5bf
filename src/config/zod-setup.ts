import { z } from 'zod';

// zod compiles parsers with new Function, probing for it as soon as the first object schema is
// built. The deployed Content-Security-Policy forbids eval, and the browser reports even zod's
// caught probe as a violation, so this runs before any schema exists: main.tsx imports it first.
z.config({ jitless: true });
