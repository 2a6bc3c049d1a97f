/* Fusion engine (truncated by the save) */
window.Fusion=window.Fusion||{};
