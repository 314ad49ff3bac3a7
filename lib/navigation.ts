/** The app's main navigation, as data: the header renders it, tests read it. */
export interface NavItem {
  href: string;
  label: string;
  description: string;
}

export const mainNav: readonly NavItem[] = [
  { href: "/today", label: "Today", description: "Your daily review" },
  { href: "/library", label: "Library", description: "Every note and its cards" },
  { href: "/sims", label: "Simulations", description: "Pause, break and replay a distributed system" },
  { href: "/interview", label: "Mock interview", description: "Timed rounds against a rubric" },
  { href: "/stats", label: "Stats", description: "Retention, streaks and forecasts" },
  { href: "/author", label: "Author", description: "Notes, problems and card previews" },
];
