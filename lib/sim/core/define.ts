import { parseAction } from "./actions";
import { SimInputError } from "./errors";
import { RecordedRun, type RunOptions, type SimRun } from "./run";
import type { ScenarioDefinition, ScenarioInfo } from "./scenario";
import { describeSettings, isSettingsRecord, parseSettings, type SettingsSchema } from "./settings";
import type { SettingsRecord, SimAction, Tagged } from "./types";

/** A scenario ready for the registry: metadata plus a way to start runs. */
export interface Scenario extends ScenarioInfo {
  createRun(options: RunOptions): SimRun;
}

function asRecord(settings: unknown): SettingsRecord {
  if (!isSettingsRecord(settings)) throw new TypeError("settings must be flat numbers, booleans and strings");
  return settings;
}

const SCENARIO_ID = /^[a-z0-9]+(-[a-z0-9]+)+$/;

/** Wraps a typed scenario model; its state and message types stay inside the closure. */
export function defineScenario<S, M extends Tagged, T extends Tagged, Z extends SettingsSchema>(
  model: ScenarioDefinition<S, M, T, Z>,
): Scenario {
  if (!SCENARIO_ID.test(model.id)) throw new TypeError(`scenario id "${model.id}" must be kebab-case with a hyphen`);
  const controls = describeSettings(model.settings);
  const defaults = parseSettings(model.settings, {});
  const specs = model.actions(defaults);
  const actionTypes = [...new Set(specs.map((spec) => spec.action.type))];
  // Only settings the scenario offers a live switch for can change mid-run.
  const liveKeys = specs.flatMap(({ action }) => (action.type === "set" ? [action.key] : []));
  const validate = (input: unknown): SimAction => parseAction(input, actionTypes, liveKeys);

  return {
    id: model.id,
    title: model.title,
    description: model.description,
    defaultUntilMs: model.defaultUntilMs,
    sampleEveryMs: model.sampleEveryMs,
    controls,
    metricSpecs: model.metricSpecs,
    actionTypes,
    cards: model.cards.map(({ slug, actions, ...card }) => ({
      ...card,
      key: `${model.id}/${slug}`,
      scenario: model.id,
      actions: actions ?? [],
    })),
    parseSettings: (input) => asRecord(parseSettings(model.settings, input)),
    actionSpecs: (input) => model.actions(parseSettings(model.settings, input)),
    createRun(options) {
      if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
        throw new SimInputError(`seed must be an integer from 0 to 4294967295, got ${options.seed}`);
      }
      const settings = parseSettings(model.settings, options.settings);
      const actions = (options.actions ?? []).map(validate);
      return new RecordedRun(model, asRecord(settings), settings, actions, options, validate);
    },
  };
}
