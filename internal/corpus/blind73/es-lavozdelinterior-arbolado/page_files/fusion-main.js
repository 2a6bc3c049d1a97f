window.Fusion=window.Fusion||{};
