import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { caseArgument, casePath } from "../case-argument.ts";
import { CliError } from "../cli-error.ts";
import { processTerminal, type Terminal } from "../terminal.ts";

export interface ServeOptions {
  port: number;
  host?: string;
  open?: boolean;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError("expected a port from 0 to 65535");
  }
  return port;
}

/** Opens the URL in the desktop's browser, detached; only ever on `--open`. */
function openInBrowser(url: string): void {
  const command =
    process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  const child = spawn(command, [url], { detached: true, stdio: "ignore" });
  child.on("error", () => undefined);
  child.unref();
}

/** `entente serve`: the workbench on one case folder, bound to 127.0.0.1 unless `--host` says otherwise. */
export async function runServe(argument: string | undefined, options: ServeOptions, terminal: Terminal) {
  const dir = resolve(casePath(argument));
  const info = (() => {
    try {
      return statSync(dir);
    } catch {
      return undefined;
    }
  })();
  if (info === undefined || !info.isDirectory()) throw new CliError(`no case folder at ${dir}`, 2);
  // The web server (Hono, the client build) loads only when serving, not at start-up.
  const { startServer } = await import("../../web/server/start.ts");
  const server = await startServer({ caseDir: dir, port: options.port, host: options.host ?? "127.0.0.1" });
  terminal.out(`Entente workbench for ${dir}\n${server.url}\n(press Ctrl+C to stop)\n`);
  if (options.open) openInBrowser(server.url);
  return server;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("start the workbench (a local web app) on a case folder and print its URL")
    .argument(caseArgument.name, "case folder; default: the built-in Nagorno-Karabakh 2022 case")
    .option("--port <port>", "port to listen on (0: any free port)", parsePort, 4173)
    .option("--host <host>", "interface to bind (default 127.0.0.1; anything else exposes your files)")
    .option("--open", "open the URL in the default browser")
    .action(async (argument: string | undefined, options: ServeOptions) => {
      const server = await runServe(argument, options, processTerminal());
      const stop = () => {
        setTimeout(() => process.exit(0), 2000).unref();
        void server.close().then(() => process.exit(0));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
