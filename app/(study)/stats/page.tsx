import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Stats" };

export default function Page() {
  return <ComingSoon title="Stats">Your review heatmap, retention, forecast and topic mastery.</ComingSoon>;
}
