"use client";

import { SegmentError } from "@/components/ui/segment-error";

export default function RoundError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <SegmentError
      {...props}
      title="This round could not be shown"
      reassurance="Your answers so far are saved."
      back={{ href: "/interview", label: "Back to mock interviews" }}
    />
  );
}
