window.Fusion=window.Fusion||{};Fusion.arcSite="infobae";
