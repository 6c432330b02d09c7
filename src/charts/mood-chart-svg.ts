import type { MoodChart } from "../core/ports";

/** The chart's size in SVG units (the PNG is drawn at this size). */
export const CHART_WIDTH = 800;
const LEFT = 150;
const RIGHT = 24;
const TOP = 56;
const PLOT_HEIGHT = 230;
const AXIS_HEIGHT = 34;
const ROW_HEIGHT = 26;
const BOTTOM = 16;
const MAX_X_LABELS = 10;
const NAME_MAX_LENGTH = 18;
/** Calm colours with enough contrast on the light background (WCAG AA for the text). */
const COLOURS = { background: "#fbfaf7", grid: "#e3e1dc", text: "#2f2f2f", faint: "#6b6b6b", mood: "#2f5d9e", tick: "#23796f", empty: "#c9c6bf" };
export const CHART_FONT_FAMILY = "DejaVu Sans";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const round = (n: number) => Math.round(n * 10) / 10;

function shorten(name: string): string {
  const chars = [...name];
  return chars.length > NAME_MAX_LENGTH ? `${chars.slice(0, NAME_MAX_LENGTH - 1).join("")}…` : name;
}

export function chartHeight(chart: MoodChart): number {
  return TOP + PLOT_HEIGHT + AXIS_HEIGHT + chart.habits.length * ROW_HEIGHT + BOTTOM;
}

/** Mood per day as a line with dots (a gap where no mood was noted), habit ticks as rows of dots beneath. */
export function moodChartSvg(chart: MoodChart): string {
  const width = CHART_WIDTH;
  const height = chartHeight(chart);
  const n = Math.max(chart.days.length, 1);
  const step = (width - LEFT - RIGHT) / n;
  const x = (i: number) => round(LEFT + step * (i + 0.5));
  const y = (mood: number) => round(TOP + PLOT_HEIGHT - ((mood - 1) / 9) * PLOT_HEIGHT);
  const dot = Math.max(2.5, Math.min(5, step / 4));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.background}"/>`,
    `<text x="${LEFT}" y="30" font-size="18" fill="${COLOURS.text}">${escape(chart.title)}</text>`,
    `<text x="${LEFT - 36}" y="${TOP + PLOT_HEIGHT / 2}" font-size="11" fill="${COLOURS.faint}" text-anchor="middle" transform="rotate(-90 ${LEFT - 36} ${TOP + PLOT_HEIGHT / 2})">mood (1–10)</text>`,
  ];
  for (const level of [1, 4, 7, 10]) {
    parts.push(`<line x1="${LEFT}" x2="${width - RIGHT}" y1="${y(level)}" y2="${y(level)}" stroke="${COLOURS.grid}" stroke-width="1"/>`);
    parts.push(`<text x="${LEFT - 12}" y="${y(level) + 4}" font-size="12" fill="${COLOURS.faint}" text-anchor="end">${level}</text>`);
  }
  let path = "";
  let drawing = false;
  chart.days.forEach((day, i) => {
    if (day.mood === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? "L" : "M"}${x(i)} ${y(day.mood)} `;
    drawing = true;
  });
  if (path) parts.push(`<path d="${path.trim()}" fill="none" stroke="${COLOURS.mood}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>`);
  chart.days.forEach((day, i) => {
    if (day.mood !== null) parts.push(`<circle cx="${x(i)}" cy="${y(day.mood)}" r="${dot}" fill="${COLOURS.mood}"/>`);
  });
  if (!chart.days.some((day) => day.mood !== null)) {
    parts.push(`<text x="${round((LEFT + width - RIGHT) / 2)}" y="${TOP + PLOT_HEIGHT / 2}" font-size="14" fill="${COLOURS.faint}" text-anchor="middle">No moods noted in this period</text>`);
  }
  const every = Math.ceil(n / MAX_X_LABELS);
  const axisY = TOP + PLOT_HEIGHT + 22;
  chart.days.forEach((day, i) => {
    if (i % every === 0 || i === n - 1) parts.push(`<text x="${x(i)}" y="${axisY}" font-size="11" fill="${COLOURS.faint}" text-anchor="middle">${escape(day.label)}</text>`);
  });
  chart.habits.forEach((habit, row) => {
    const rowY = TOP + PLOT_HEIGHT + AXIS_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT / 2;
    parts.push(`<text x="${LEFT - 12}" y="${rowY + 4}" font-size="12" fill="${COLOURS.text}" text-anchor="end">${escape(shorten(habit.name))}</text>`);
    habit.ticked.forEach((ticked, i) => {
      parts.push(
        ticked
          ? `<circle cx="${x(i)}" cy="${rowY}" r="${Math.min(6, dot + 1)}" fill="${COLOURS.tick}"/>`
          : `<circle cx="${x(i)}" cy="${rowY}" r="1.8" fill="${COLOURS.empty}"/>`,
      );
    });
  });
  parts.push("</svg>");
  return parts.join("\n");
}
