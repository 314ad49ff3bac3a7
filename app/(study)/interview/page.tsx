import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Mock interview" };

export default function Page() {
  return <ComingSoon title="Mock interview">Timed lightning rounds, 30-second drills, follow-up chains and full rounds.</ComingSoon>;
}
