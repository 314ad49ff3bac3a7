/**
 * The simulation player's pure parts (no React, no DOM): playback maths, the controller that
 * drives a recorded run in real time, the drawing's layout, readout formatting, the event log's
 * tail and the shareable query string. `components/sim` renders them.
 */
export {
  PlayerController,
  type FrameScheduler,
  type PlayerConfig,
  type PlayerFrame,
  type PlayerOptions,
  type PlayerReadout,
  type PlayerStatus,
} from "./controller";
export { LOG_KIND_LABELS, LOG_KINDS, tailLog } from "./event-log";
export { describeEntry, formatMetric, liveSummary } from "./format";
export {
  drawingHeight,
  fittedFontSize,
  labelLines,
  labelWidth,
  layoutView,
  MESSAGE_PALETTE_SIZE,
  messageColor,
  MIN_LABEL_FONT_SIZE,
  NODE_RADIUS,
  nodeShape,
  nodeSizes,
  nodeTone,
  statusOffset,
  textWidth,
  type DrawnLink,
  type DrawnMessage,
  type DrawnNode,
  type DrawnView,
  type NodeSizes,
  type NodeShape,
  type NodeTone,
} from "./layout";
export {
  baseRate,
  formatSimTime,
  formatSpeed,
  isSpeed,
  MAX_FRAME_MS,
  runToRate,
  simDelta,
  sliderStep,
  SPEEDS,
  type Speed,
} from "./playback";
export { MAX_LINK_FAULTS, MAX_SEED, parseControlValue, parseSeed, readSimQuery, simQueryString } from "./sim-query";
export { sparkline, type Sparkline } from "./sparkline";
