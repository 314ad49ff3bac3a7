"use client";

import { SegmentError } from "@/components/ui/segment-error";

export default function NoteError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <SegmentError
      {...props}
      title="This note could not be shown"
      reassurance="The rest of the library still works."
      back={{ href: "/library", label: "Back to the library" }}
    />
  );
}
