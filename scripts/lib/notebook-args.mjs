// The `jupyter notebook` command line for `npm start`, by Notebook version: Notebook 6 (the classic
// frontend, its own server) and Notebook 7 (JupyterLab's frontend on jupyter_server) both accept
// --ip, --port, --no-browser and --allow-root, but name the served folder differently
// (--notebook-dir in 6; ServerApp.root_dir in 7, where --notebook-dir survives only as an alias).

/** The major version from `jupyter notebook --version` output ("6.4.12", "7.2.2"), or undefined. */
export function notebookMajor(versionOutput) {
  const match = String(versionOutput).match(/(\d+)\.\d+/);
  return match ? Number(match[1]) : undefined;
}

/** One line naming the frontend that starts. */
export function frontendName(versionOutput) {
  const major = notebookMajor(versionOutput);
  const version = String(versionOutput).trim();
  if (major === undefined) return "Jupyter Notebook (version unknown)";
  return major >= 7
    ? `Jupyter Notebook ${version} (Notebook 7: JupyterLab's notebook frontend on jupyter_server)`
    : `Jupyter Notebook ${version} (the classic Notebook frontend)`;
}

/**
 * Arguments after `jupyter`: listen on 127.0.0.1 and serve `root`, unless the user's own options
 * (passed through last) say otherwise; --allow-root when running as root (containers, CI).
 */
export function notebookArgs({ versionOutput, userArgs, root, isRoot }) {
  const given = (...names) => userArgs.some((arg) => names.some((name) => arg === name || arg.startsWith(`${name}=`)));
  const seven = (notebookMajor(versionOutput) ?? 6) >= 7;
  const rootOptions = ["--notebook-dir", "--ServerApp.root_dir", "--NotebookApp.notebook_dir"];
  return [
    "notebook",
    ...(given("--ip", "--ServerApp.ip", "--NotebookApp.ip") ? [] : ["--ip=127.0.0.1"]),
    ...(given(...rootOptions) ? [] : [seven ? `--ServerApp.root_dir=${root}` : `--notebook-dir=${root}`]),
    ...(isRoot && !given("--allow-root") ? ["--allow-root"] : []),
    ...userArgs,
  ];
}
