import { EngineClient } from "./engine-client.ts";

/** Engines shared by the whole page: one for live forecasts, one for validation, one for background runs. */
export interface Engines {
  live: EngineClient;
  validator: EngineClient;
  background: EngineClient;
}

let engines: Engines | undefined;
export function sharedEngines(): Engines {
  engines ??= {
    live: new EngineClient("live"),
    validator: new EngineClient("validator"),
    background: new EngineClient("background"),
  };
  return engines;
}
