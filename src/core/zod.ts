// The one place zod is imported. Extension pages forbid eval, so zod's JIT must be off
// before any schema is built (DESIGN: "call z.config({ jitless: true }) before any zod schema").
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
