"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type RecorderStatus = "idle" | "recording" | "unsupported" | "denied";

/** Records the microphone with MediaRecorder; `stop` resolves with the audio (kept on the device). */
export function useRecorder() {
  const [status, setStatus] = useState<RecorderStatus>("idle");
  const recorder = useRef<MediaRecorder | null>(null);
  const chunks = useRef<Blob[]>([]);

  const release = useCallback(() => {
    recorder.current?.stream.getTracks().forEach((t) => t.stop());
    recorder.current = null;
  }, []);
  useEffect(() => release, [release]);

  const start = useCallback(async (): Promise<boolean> => {
    if (typeof MediaRecorder === "undefined" || !navigator.mediaDevices?.getUserMedia) {
      setStatus("unsupported");
      return false;
    }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const rec = new MediaRecorder(stream);
      chunks.current = [];
      rec.ondataavailable = (e) => {
        if (e.data.size > 0) chunks.current.push(e.data);
      };
      rec.start();
      recorder.current = rec;
      setStatus("recording");
      return true;
    } catch {
      setStatus("denied");
      return false;
    }
  }, []);

  const stop = useCallback(async (): Promise<Blob | null> => {
    const rec = recorder.current;
    if (!rec || rec.state === "inactive") return null;
    const done = new Promise<void>((resolve) => {
      rec.onstop = () => resolve();
    });
    rec.stop();
    await done;
    release();
    setStatus("idle");
    return chunks.current.length > 0 ? new Blob(chunks.current, { type: rec.mimeType || "audio/webm" }) : null;
  }, [release]);

  return { status, start, stop };
}
