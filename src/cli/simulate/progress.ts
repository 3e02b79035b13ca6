import cliProgress from "cli-progress";

/** A progress reporter for Monte Carlo runs: a bar on a TTY, plain lines at every 10 % otherwise. */
export function runProgress(
  stream: NodeJS.WriteStream,
  total: number,
): { update: (done: number) => void; stop: () => void } {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: "Monte Carlo [{bar}] {percentage}% | {value}/{total} runs | {eta_formatted} left",
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { update: (done) => bar.update(done), stop: () => bar.stop() };
  }
  let shown = 0;
  return {
    update: (done) => {
      const tenth = Math.floor((done / total) * 10);
      if (tenth > shown) {
        shown = tenth;
        stream.write(`Monte Carlo: ${done}/${total} runs\n`);
      }
    },
    stop: () => {},
  };
}
