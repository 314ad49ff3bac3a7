import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Library" };

export default function Page() {
  return <ComingSoon title="Library">Every note in the library, searchable by title, alias and tag.</ComingSoon>;
}
