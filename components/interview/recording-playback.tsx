"use client";

import { useEffect, useState } from "react";
import { loadRecording, RECORDINGS_DELETED } from "./recordings";

/** Plays a spoken answer kept on this device; says so when this device does not have it. */
export function RecordingPlayback({ roundId, index, src }: { roundId: string; index: number; src?: string | null }) {
  const [url, setUrl] = useState<string | null>(src ?? null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (src) return;
    let created: string | null = null;
    let cancelled = false;
    loadRecording(roundId, index)
      .then((blob) => {
        if (cancelled) return;
        if (!blob) return setMissing(true);
        created = URL.createObjectURL(blob);
        setUrl(created);
      })
      .catch(() => setMissing(true));
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [roundId, index, src]);
  useEffect(() => {
    const deleted = (event: Event) => {
      if ((event as CustomEvent<string>).detail !== roundId) return;
      setUrl(null);
      setMissing(true);
    };
    window.addEventListener(RECORDINGS_DELETED, deleted);
    return () => window.removeEventListener(RECORDINGS_DELETED, deleted);
  }, [roundId]);
  if (missing) return <p className="text-sm italic text-zinc-500 dark:text-zinc-400">The recording is not on this device.</p>;
  if (!url) return null;
  return <audio controls src={url} className="w-full" data-testid="recording" aria-label={`Recording of answer ${index + 1}`} />;
}
