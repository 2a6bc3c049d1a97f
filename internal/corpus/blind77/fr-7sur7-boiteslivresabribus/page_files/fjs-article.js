window.DPG=window.DPG||{};
