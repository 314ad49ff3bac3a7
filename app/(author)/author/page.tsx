import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Author" };

export default function AuthorPage() {
  return <ComingSoon title="Author">Every note with its problems, card count and a preview of each card.</ComingSoon>;
}
