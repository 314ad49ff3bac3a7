import { requireUser } from "@/lib/auth/session";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Today" };

export default async function TodayPage() {
  const user = await requireUser();
  return (
    <ComingSoon title={`Good to see you, ${user.name}`}>
      Your daily review — concept cards, trap questions and 30-second drills scheduled for you — will appear here.
    </ComingSoon>
  );
}
