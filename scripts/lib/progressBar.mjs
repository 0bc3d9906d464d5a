// A progress bar on stderr: redrawn in place on a terminal, a line every 10% otherwise (CI logs).

export function progressBar(total, label) {
  let done = 0;
  let lastDecile = -1;
  const draw = () => {
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    const text = `${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${text}`);
    else if (Math.floor((done / Math.max(total, 1)) * 10) > lastDecile) {
      lastDecile = Math.floor((done / Math.max(total, 1)) * 10);
      process.stderr.write(`${text}\n`);
    }
  };
  draw();
  return {
    tick() {
      done += 1;
      draw();
    },
    done() {
      if (process.stderr.isTTY) process.stderr.write("\n");
    },
  };
}
