/**
 * The app's own icons (no icon font, no third-party request): simple 24 × 24 line
 * drawings, one path each. Category icons are named by the city's configuration
 * (`heart`, `house`, ...); an unknown name draws a plain dot. Icons are decorative:
 * the words next to them carry the meaning, so they are hidden from screen readers.
 */

const PATHS: Record<string, string> = {
  heart: "M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z",
  house: "M4 11l8-7 8 7M6 9.5V20h12V9.5M10 20v-6h4v6",
  scales: "M12 4v16M7 20h10M5 7h14M5 7l-3 6a3 3 0 0 0 6 0zM19 7l-3 6a3 3 0 0 0 6 0z",
  briefcase: "M4 8h16v11H4zM9 8V5h6v3M4 13h16",
  book: "M4 5a2 2 0 0 1 2-1h6v16H6a2 2 0 0 0-2 1zM20 5a2 2 0 0 0-2-1h-6v16h6a2 2 0 0 1 2 1z",
  family: "M8 7a2 2 0 1 0 0-.1zM16 8a1.5 1.5 0 1 0 0-.1zM4 20v-5a4 4 0 0 1 8 0v5M13 20v-3a3 3 0 0 1 6 0v3",
  bowl: "M3 11h18a9 9 0 0 1-18 0zM8 7c0-1 1-1 1-2M12 7c0-1 1-1 1-2M16 7c0-1 1-1 1-2",
  people: "M9 8a3 3 0 1 0 0-.1zM3 20a6 6 0 0 1 12 0M17 6a2.5 2.5 0 1 1 0 5M16 14a5 5 0 0 1 5 6",
  woman: "M12 4a4 4 0 1 0 0 8 4 4 0 1 0 0-8zM12 12v9M9 17h6",
  star: "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z",
  search: "M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13zM15.5 15.5L20 20",
  calendar: "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5",
  clock: "M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM12 7v5l3 3",
  pin: "M12 21s-6-6-6-11a6 6 0 0 1 12 0c0 5-6 11-6 11zM12 8a2 2 0 1 0 0 4 2 2 0 1 0 0-4z",
  phone: "M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z",
  share: "M18 8a3 3 0 1 0 0-.1zM6 15a3 3 0 1 0 0-.1zM18 22a3 3 0 1 0 0-.1zM8.6 13.5l6.8-4M8.6 16.5l6.8 4",
  print: "M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z",
  speaker: "M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11",
  article: "M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7",

  offline: "M12 19a1 1 0 1 0 0 .1zM8.5 15.5a5 5 0 0 1 7 0M5 12a10 10 0 0 1 14 0M3 3l18 18",
  check: "M4 12l5 5L20 6",
  flag: "M5 21V4M5 4h12l-2 4 2 4H5",
};

/** The names an icon can be given (a city's categories choose from these). */
export const ICON_NAMES: readonly string[] = Object.keys(PATHS);

/** Icons of the reader's own lines and controls, which categories are not offered. */
const INTERFACE_PATHS: Record<string, string> = {
  mail: "M3 6h18v12H3zM3 6l9 7 9-7",
  globe: "M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM3 12h18M12 3c-2.5 2.5-3.5 5.5-3.5 9s1 6.5 3.5 9M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9",
  map: "M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2zM9 4v14M15 6v14",
  "text-size": "M3 19l5-13 5 13M5 14h6M14 19l3.5-9 3.5 9M15.2 16h4.6",
};

const SVG = "http://www.w3.org/2000/svg";

export function icon(name: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.classList.add("icon");
  const d = PATHS[name] ?? INTERFACE_PATHS[name];
  if (d) {
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    svg.append(path);
  } else {
    const dot = document.createElementNS(SVG, "circle");
    dot.setAttribute("cx", "12");
    dot.setAttribute("cy", "12");
    dot.setAttribute("r", "4");
    svg.append(dot);
  }
  return svg;
}
