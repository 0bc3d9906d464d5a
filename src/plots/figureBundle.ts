/**
 * One figure as one Jupyter mimebundle, so that every frontend picks what it draws best:
 * - `application/vnd.plotly.v1+json`: the figure JSON, drawn natively (and safely, untrusted too) by
 *   VS Code and by JupyterLab / Notebook 7 with plotly's renderer;
 * - `text/html`: the self-drawing output (figureHtml.ts), for the classic Notebook, JupyterLab
 *   without plotly's renderer, and nbconvert (the book, the slides), which prefers it;
 * - `text/plain`: one line (figureSummary.ts), for terminals, screen readers and PDF exports.
 */
import { figureHtml, type FigureHtmlOptions, roundedFigure } from "./figureHtml";
import { figureSummary } from "./figureSummary";
import type { Figure } from "./types";

export const PLOTLY_MIMETYPE = "application/vnd.plotly.v1+json";

export interface FigureBundle {
  [PLOTLY_MIMETYPE]: Figure;
  "text/html": string;
  "text/plain": string;
}

/** The three representations of one figure (numbers to 7 significant digits); `id` names its HTML container. */
export function figureBundle(figure: Figure, id: string, options: FigureHtmlOptions = {}): FigureBundle {
  return {
    [PLOTLY_MIMETYPE]: roundedFigure(figure),
    "text/html": figureHtml(figure, id, options),
    "text/plain": figureSummary(figure),
  };
}
