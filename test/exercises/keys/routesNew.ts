import type { Routes } from "./types";

/** Routes for the exercises added with issue 14. */
export const routes: Routes = {};
