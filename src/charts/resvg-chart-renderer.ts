import { fileURLToPath } from "node:url";
import { renderAsync } from "@resvg/resvg-js";
import type { ChartRenderer, MoodChart } from "../core/ports";
import { CHART_FONT_FAMILY, CHART_WIDTH, moodChartSvg } from "./mood-chart-svg";

/** Bundled, so text draws on machines with no fonts at all (a slim container). */
export const CHART_FONT_FILE = fileURLToPath(new URL("./fonts/DejaVuSans-Latin.ttf", import.meta.url));

/**
 * Draws the summary chart with resvg (a Rust SVG renderer shipped as prebuilt npm binaries, no
 * download at install). `renderAsync` runs on libuv's thread pool, off the event loop. System
 * fonts are read too, when asked, for habit names in scripts the bundled font lacks.
 */
export function createChartRenderer(options: { systemFonts?: boolean } = {}): ChartRenderer {
  return {
    async renderMoodChart(chart: MoodChart): Promise<Uint8Array> {
      const image = await renderAsync(moodChartSvg(chart), {
        fitTo: { mode: "width", value: CHART_WIDTH },
        font: { fontFiles: [CHART_FONT_FILE], loadSystemFonts: options.systemFonts ?? false, defaultFontFamily: CHART_FONT_FAMILY },
      });
      return new Uint8Array(image.asPng());
    },
  };
}
