import { config } from 'zod/mini';

// zod compiles parsers with new Function, probing for it as soon as the first object schema is
// built. The deployed Content-Security-Policy forbids eval, and the browser reports even zod's
// caught probe as a violation, so this runs before any schema exists: token-edit-schema.ts, which
// every form schema builds on, and the list's search schema (list-search.ts) import it first.
// zod/mini's config is zod's one global configuration, without pulling zod's full API into the
// first download, which the list's search schema is part of.
config({ jitless: true });
