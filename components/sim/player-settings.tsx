import { memo, useState } from "react";
import type { Control, SettingValue } from "@/lib/sim";
import { parseControlValue, type PlayerController } from "@/lib/sim-player";
import { useStatus } from "./use-player";

const fieldClass = "rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900";

function SliderField({ control, value, onCommit }: { control: Extract<Control, { kind: "slider" }>; value: number; onCommit: (v: SettingValue) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && parseControlValue(control, draft) === null;
  const id = `sim-setting-${control.key}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium">
        {control.label}
        {control.unit ? <span className="font-normal text-zinc-500 dark:text-zinc-400"> ({control.unit})</span> : null}
      </label>
      <div className="flex items-center gap-2">
        <input
          type="range"
          min={control.min}
          max={control.max}
          step={control.step}
          value={value}
          onChange={(e) => onCommit(Number(e.target.value))}
          className="min-w-0 flex-1 accent-brand-600"
          aria-label={`${control.label} slider`}
          tabIndex={-1}
        />
        <input
          id={id}
          type="number"
          min={control.min}
          max={control.max}
          step={control.step}
          value={draft ?? String(value)}
          onChange={(e) => {
            setDraft(e.target.value);
            const parsed = parseControlValue(control, e.target.value);
            if (parsed !== null) onCommit(parsed);
          }}
          onBlur={() => setDraft(null)}
          aria-invalid={invalid}
          className={`${fieldClass} w-24 font-mono aria-invalid:border-red-500`}
          data-setting={control.key}
        />
      </div>
    </div>
  );
}

function ControlField({ control, value, onCommit }: { control: Control; value: SettingValue | undefined; onCommit: (v: SettingValue) => void }) {
  switch (control.kind) {
    case "slider":
      return <SliderField control={control} value={typeof value === "number" ? value : control.default} onCommit={onCommit} />;
    case "switch":
      return (
        <label className="flex items-center gap-2 self-end text-sm font-medium">
          <input
            type="checkbox"
            role="switch"
            checked={typeof value === "boolean" ? value : control.default}
            onChange={(e) => onCommit(e.target.checked)}
            data-setting={control.key}
          />
          {control.label}
        </label>
      );
    case "select":
      return (
        <label className="space-y-1 text-xs font-medium">
          <span className="block">{control.label}</span>
          <select
            value={typeof value === "string" ? value : control.default}
            onChange={(e) => onCommit(e.target.value)}
            className={`${fieldClass} block w-full`}
            data-setting={control.key}
          >
            {control.options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
      );
  }
}

/** The scenario's settings; changing one restarts the run with it. */
export const PlayerSettings = memo(function PlayerSettings({
  controller,
  controls,
  open,
}: {
  controller: PlayerController;
  controls: readonly Control[];
  open: boolean;
}) {
  const { config } = useStatus(controller);
  const commit = (key: string) => (value: SettingValue) => {
    if (config.settings[key] === value) return;
    controller.restart({ settings: { ...config.settings, [key]: value } });
  };
  return (
    <details open={open} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800" data-testid="sim-settings">
      <summary className="cursor-pointer text-sm font-semibold">Settings (changing one restarts the run)</summary>
      <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {controls.map((control) => (
          <ControlField key={control.key} control={control} value={config.settings[control.key]} onCommit={commit(control.key)} />
        ))}
      </div>
    </details>
  );
});
