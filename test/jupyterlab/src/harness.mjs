// The JupyterLab 4 notebook widget on a bare page (after JupyterLab's examples/notebook), for the
// browser check (scripts/lib/browser-jupyterlab.mjs). Bundled by build.mjs, served as a static file by
// jupyter_server. Query string: token, baseUrl, path (the notebook, relative to the server root),
// windowing ('none' | 'defer' | 'full' | 'contentVisibility'), plotly ('1': plotly's JupyterLab
// renderer registered at rank 0, as `pip install plotly` does in JupyterLab; '0': without it).
// The page exposes window.harness for the check to drive.
/* global window, document */
import { PageConfig, URLExt } from "@jupyterlab/coreutils";
import {
  CodeMirrorEditorFactory,
  CodeMirrorMimeTypeService,
  EditorExtensionRegistry,
  EditorLanguageRegistry,
} from "@jupyterlab/codemirror";
import { DocumentManager } from "@jupyterlab/docmanager";
import { DocumentRegistry } from "@jupyterlab/docregistry";
import {
  NotebookActions,
  NotebookModelFactory,
  NotebookPanel,
  NotebookWidgetFactory,
  StaticNotebook,
} from "@jupyterlab/notebook";
import { RenderMimeRegistry, standardRendererFactories } from "@jupyterlab/rendermime";
import { ServerConnection, ServiceManager } from "@jupyterlab/services";
import { BoxPanel, Widget } from "@lumino/widgets";
import plotlyExtensions from "jupyterlab-plotly/lib/plotly-renderer.js";
import "@jupyterlab/theme-light-extension/style/variables.css";
import "@jupyterlab/theme-light-extension/style/theme.css";
import "@jupyterlab/notebook/style/index.js";

const query = new URL(window.location.href).searchParams;
const baseUrl = query.get("baseUrl") ?? "/";
const token = query.get("token") ?? "";
const path = query.get("path");
const windowingMode = query.get("windowing") ?? StaticNotebook.defaultNotebookConfig.windowingMode;
const withPlotly = query.get("plotly") === "1";

// What JupyterLab's server page would carry: the figures' loader reads baseUrl from here.
const config = document.createElement("script");
config.id = "jupyter-config-data";
config.type = "application/json";
config.textContent = JSON.stringify({ baseUrl, token, wsUrl: "", appVersion: "4" });
document.head.appendChild(config);
// JupyterLab's own URL for an open notebook, {baseUrl}lab/tree/<path>, which the loader reads too.
window.history.replaceState({}, "", URLExt.join(baseUrl, "lab", "tree", path) + "?reset");

async function main() {
  // Some module may have read PageConfig before the config element existed; set what we need.
  PageConfig.setOption("baseUrl", baseUrl);
  PageConfig.setOption("token", token);
  const wsUrl = URLExt.join(window.location.origin.replace(/^http/, "ws"), baseUrl);
  const serverSettings = ServerConnection.makeSettings({
    baseUrl: URLExt.join(window.location.origin, baseUrl),
    wsUrl,
    token,
  });
  const manager = new ServiceManager({ serverSettings });
  await manager.ready;
  const rendermime = new RenderMimeRegistry({ initialFactories: standardRendererFactories });
  if (withPlotly)
    for (const extension of plotlyExtensions) rendermime.addFactory(extension.rendererFactory, extension.rank);

  const languages = new EditorLanguageRegistry();
  const extensions = new EditorExtensionRegistry();
  for (const extension of EditorExtensionRegistry.getDefaultExtensions()) extensions.addExtension(extension);
  const factoryService = new CodeMirrorEditorFactory({ extensions, languages });
  const mimeTypeService = new CodeMirrorMimeTypeService(languages);
  const contentFactory = new NotebookPanel.ContentFactory({ editorFactory: factoryService.newInlineEditor });

  const registry = new DocumentRegistry();
  const docManager = new DocumentManager({
    registry,
    manager,
    opener: { open: () => {}, opened: { connect: () => {} } },
  });
  registry.addModelFactory(new NotebookModelFactory({}));
  registry.addWidgetFactory(
    new NotebookWidgetFactory({
      name: "Notebook",
      modelName: "notebook",
      fileTypes: ["notebook"],
      defaultFor: ["notebook"],
      preferKernel: true,
      canStartKernel: true,
      rendermime,
      contentFactory,
      mimeTypeService,
      notebookConfig: { ...StaticNotebook.defaultNotebookConfig, windowingMode },
    }),
  );
  // The check saves only when it means to (the trusted-reload step).
  docManager.autosave = false;
  const panel = docManager.open(path);
  const box = new BoxPanel();
  box.id = "main";
  box.addWidget(panel);
  BoxPanel.setStretch(panel, 1);
  Widget.attach(box, document.body);
  window.addEventListener("resize", () => box.update());
  await panel.context.ready;
  await panel.sessionContext.ready;

  const notebook = panel.content;
  window.harness = {
    windowingMode,
    withPlotly,
    kernelName: () => panel.sessionContext.session?.kernel?.name,
    kernelStatus: () => panel.sessionContext.session?.kernel?.status,
    restartKernel: () => panel.sessionContext.restartKernel(),
    trusted: () => notebook.widgets.filter((cell) => cell.model.type === "code").every((cell) => cell.model.trusted),
    /** Indices of the code cells that call show(. */
    figureCells: () =>
      notebook.widgets.flatMap((cell, index) =>
        cell.model.type === "code" && /\bshow\(/.test(cell.model.sharedModel.source) ? [index] : [],
      ),
    /** Runs every cell, as Run → Run All Cells; resolves to whether all ran without error. */
    runAll: () => NotebookActions.runAll(notebook, panel.sessionContext),
    cellNode: (index) => notebook.widgets[index].node,
    scrollTo: (index) => notebook.scrollToItem(index, "center"),
    scrollToTop: () => notebook.scrollToItem(0, "start"),
    save: () => panel.context.save(),
    shutdown: () => panel.sessionContext.shutdown(),
  };
  document.body.dataset.harnessReady = "true";
}

main().catch((error) => {
  document.body.dataset.harnessError = String(error?.stack ?? error);
  throw error;
});
