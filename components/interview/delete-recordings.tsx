"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { countRoundRecordings, deleteRoundRecordings } from "./recordings";

type Stage = { kind: "idle" } | { kind: "confirming" } | { kind: "deleting" } | { kind: "deleted" } | { kind: "failed"; message: string };

/**
 * Spoken answers are kept only in this browser; this removes a round's from it (they are never
 * on the server, so nothing else holds a copy). Shown only while the device has some.
 */
export function DeleteRecordings({ roundId }: { roundId: string }) {
  const [count, setCount] = useState<number | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  useEffect(() => {
    let cancelled = false;
    countRoundRecordings(roundId)
      .then((n) => {
        if (!cancelled) setCount(n);
      })
      .catch(() => {
        if (!cancelled) setCount(0);
      });
    return () => {
      cancelled = true;
    };
  }, [roundId]);

  const remove = async () => {
    setStage({ kind: "deleting" });
    try {
      await deleteRoundRecordings(roundId);
      setStage({ kind: "deleted" });
    } catch (error) {
      setStage({ kind: "failed", message: error instanceof Error ? error.message : "the browser refused" });
    }
  };

  if (stage.kind === "deleted") {
    return (
      <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="recordings-deleted">
        This round&apos;s recordings were deleted from this device.
      </p>
    );
  }
  if (!count) return null;
  const what = count === 1 ? "1 recording" : `${count} recordings`;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="delete-recordings">
      {stage.kind === "confirming" || stage.kind === "deleting" ? (
        <>
          <span>Delete {what} from this device? They cannot be recovered.</span>
          <Button variant="danger" onClick={() => void remove()} disabled={stage.kind === "deleting"}>
            {stage.kind === "deleting" ? "Deleting…" : "Yes, delete"}
          </Button>
          <Button variant="ghost" onClick={() => setStage({ kind: "idle" })} disabled={stage.kind === "deleting"}>
            Keep them
          </Button>
        </>
      ) : (
        <>
          <span className="text-zinc-600 dark:text-zinc-400">{what} of your spoken answers kept only in this browser.</span>
          <Button variant="secondary" onClick={() => setStage({ kind: "confirming" })}>
            Delete recordings
          </Button>
        </>
      )}
      {stage.kind === "failed" ? (
        <p role="alert" className="w-full text-red-700 dark:text-red-400">
          Could not delete the recordings: {stage.message}.
        </p>
      ) : null}
    </div>
  );
}
