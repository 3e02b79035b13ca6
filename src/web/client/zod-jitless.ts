import { config } from "zod";

// Imported first by the page and the worker, before any schema exists: the page's CSP forbids eval, so zod
// must validate without compiling its checks (and without probing for eval, which the CSP would report).
config({ jitless: true });
