import type { MiddlewareHandler } from "hono";
import { apiError } from "./problem-response.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses requests whose Host is not one this server answers to. A DNS-rebinding page reaches us under its
 * own host name, so checking Host is what keeps a remote site from reading a user's case through the browser.
 */
export function hostGuard(allowedHosts: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header("host") ?? "").toLowerCase();
    if (!allowedHosts.has(host)) return apiError(c, 403, "bad-host", `host "${host}" is not served here`);
    await next();
  };
}

/** Cross-origin requests are refused outright; a browser always sends Origin on those that could do harm. */
export function originGuard(allowedHosts: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header("origin");
    if (origin !== undefined) {
      let host: string | undefined;
      try {
        const url = new URL(origin);
        host = url.protocol === "http:" ? url.host.toLowerCase() : undefined;
      } catch {
        host = undefined;
      }
      if (host === undefined || !allowedHosts.has(host)) {
        return apiError(c, 403, "bad-origin", `origin "${origin}" may not call this server`);
      }
    }
    await next();
  };
}

/**
 * Browsers label every request with where it comes from (Fetch Metadata, `Sec-Fetch-Site`). The API answers
 * only the page it served (`same-origin`) or a user typing a URL (`none`); another site — or another port
 * on localhost (`same-site`) — cannot make it work even on reads it could not see, such as an expensive
 * assessment fired from an <img>.
 */
export function fetchSiteGuard(): MiddlewareHandler {
  return async (c, next) => {
    const site = c.req.header("sec-fetch-site");
    if (site === "cross-site" || site === "same-site") {
      return apiError(c, 403, "cross-site", "the API answers only its own page");
    }
    await next();
  };
}

/** Anything that is not a plain read needs the token this server printed at start-up. */
export function tokenGuard(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (!safeMethods.has(c.req.method) && c.req.header("x-entente-token") !== token) {
      return apiError(
        c,
        401,
        "missing-token",
        "this request needs the session token (header X-Entente-Token)",
      );
    }
    await next();
  };
}

/** The hosts a server bound to `hostname:port` answers to. */
export function allowedHostsFor(hostname: string, port: number): Set<string> {
  const names =
    hostname === "127.0.0.1" || hostname === "localhost" ? ["127.0.0.1", "localhost", "[::1]"] : [hostname];
  return new Set(names.map((name) => `${name}:${port}`.toLowerCase()));
}
